package org.storycompare.app;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Builds the menu bar: every action with its accelerator, so each menu shows its shortcut. */
final class MenuBarFactory {

    private MenuBarFactory() {
    }

    static MenuBar create(MainView v, ExportActions export) {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        fillRecent(recent, v);
        v.recentFiles().items().addListener((ListChangeListener<Path>) c -> fillRecent(recent, v));

        MenuItem exportItem = item("Export…", "Shortcut+E", MaterialDesignF.FILE_EXPORT,
                () -> export.export(v.getScene().getWindow(), v.model()));
        MenuItem save = item("Save Workspace…", "Shortcut+S", MaterialDesignC.CONTENT_SAVE,
                () -> export.saveWorkspace(v.getScene().getWindow(), v.model()));
        MenuItem openWs = item("Open Workspace…", null, null,
                () -> export.openWorkspace(v.getScene().getWindow(), v.model()));
        for (MenuItem m : List.of(exportItem, save, openWs)) {
            m.setDisable(!export.available());
        }
        Menu file = new Menu("File", null,
                item("Open Files…", "Shortcut+O", MaterialDesignF.FILE_DOCUMENT_MULTIPLE, v::openFiles),
                item("Open Folder…", "Shortcut+Shift+O", MaterialDesignF.FOLDER_OPEN, v::openFolder),
                recent,
                item("Paste Article from Clipboard", "Shortcut+Shift+V", MaterialDesignC.CONTENT_PASTE, v::pasteArticle),
                new SeparatorMenuItem(), exportItem, openWs, save,
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", null, v::quit));
        Menu edit = new Menu("Edit", null,
                item("Find…", "Shortcut+F", MaterialDesignM.MAGNIFY, v::find));

        CheckMenuItem table = new CheckMenuItem("Passage Table");
        table.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        table.selectedProperty().bindBidirectional(v.passageTableShownProperty());
        CheckMenuItem sync = new CheckMenuItem("Synchronised Scrolling");
        sync.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        sync.selectedProperty().bindBidirectional(v.comparePane().syncScrollingProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(v.theme().darkProperty());
        Menu view = new Menu("View", null,
                item("Compare", "Shortcut+1", MaterialDesignS.SWAP_HORIZONTAL, () -> v.showTab(0)),
                item("Similarity Matrix", "Shortcut+2", MaterialDesignG.GRID, () -> v.showTab(1)),
                item("Provenance", "Shortcut+3", org.kordamp.ikonli.materialdesign2.MaterialDesignF.FAMILY_TREE,
                        () -> v.showTab(2)),
                item("Quotes & Facts", "Shortcut+4", org.kordamp.ikonli.materialdesign2.MaterialDesignF.FORMAT_QUOTE_CLOSE,
                        () -> v.showTab(3)),
                item("Settings", "Shortcut+5", MaterialDesignC.COG, () -> v.showTab(4)),
                item("Notes", "Shortcut+6", org.kordamp.ikonli.materialdesign2.MaterialDesignN.NOTE_TEXT_OUTLINE,
                        () -> v.showTab(5)),
                new SeparatorMenuItem(), table, sync, dark);

        Menu navigate = new Menu("Navigate", null,
                item("Next Passage", "F8", MaterialDesignA.ARROW_DOWN, v::nextPassage),
                item("Previous Passage", "Shift+F8", MaterialDesignA.ARROW_UP, v::previousPassage),
                new SeparatorMenuItem(),
                item("Show Selected Source in Left Pane", "Shortcut+Shift+L", MaterialDesignA.ARROW_LEFT_BOLD,
                        v::showSelectedLeft),
                item("Show Selected Source in Right Pane", "Shortcut+Shift+R", MaterialDesignA.ARROW_RIGHT_BOLD,
                        v::showSelectedRight),
                item("Swap Panes", "Shortcut+Shift+X", MaterialDesignS.SWAP_HORIZONTAL, v::swap),
                new SeparatorMenuItem(),
                item("Compare Again", "F5", MaterialDesignR.REFRESH, () -> v.model().recompare()));
        Menu help = new Menu("Help", null,
                item("Colours and Shortcuts", "F1", MaterialDesignT.TABLE, v::showHelp));
        MenuBar bar = new MenuBar(file, edit, view, navigate, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static void fillRecent(Menu recent, MainView v) {
        recent.getItems().clear();
        for (Path p : v.recentFiles().items()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> v.openRecent(p));
            recent.getItems().add(m);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().addAll(new SeparatorMenuItem(), item("Clear Recent", null, null,
                    () -> v.recentFiles().clear()));
        }
    }

    static MenuItem item(String text, String accelerator, Ikon icon, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            m.setGraphic(Icons.of(icon));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
