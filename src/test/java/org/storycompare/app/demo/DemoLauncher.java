package org.storycompare.app.demo;

/** Starts {@link DemoMain} from the class path (a main class that is not an Application). */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(DemoMain.class, args);
    }
}
