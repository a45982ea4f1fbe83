package org.storycompare;

import java.util.Arrays;

/**
 * Entry point of the jar. Does not extend Application, so the fat jar starts on the class path:
 * {@code compare ...} runs the command line, anything else opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && isCliCommand(args[0])) {
            int code = org.storycompare.cli.Cli.run(args);
            System.exit(code);
            return;
        }
        javafx.application.Application.launch(org.storycompare.app.StoryCompareApp.class, args);
    }

    static boolean isCliCommand(String first) {
        return Arrays.asList("compare", "--help", "-h", "--version", "-V", "help").contains(first);
    }
}
