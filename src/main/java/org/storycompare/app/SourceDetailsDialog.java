package org.storycompare.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.storycompare.app.vm.SourceDetails;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;

/**
 * Edits a source's outlet, title, authors and publication date; says for each whether it was found in the file
 * or entered by hand. A date that is not a date keeps OK disabled and says why.
 */
final class SourceDetailsDialog extends Dialog<SourceDetails> {

    private final TextField outlet = field("details-outlet");
    private final TextField title = field("details-title");
    private final TextField author = field("details-author");
    private final TextField published = field("details-published");
    private final Label problem = new Label();

    SourceDetailsDialog(Window owner, Article article) {
        this(owner, article, java.util.List.of());
    }

    /** @param credits whom the source credits, in words (shown, not edited); may be empty */
    SourceDetailsDialog(Window owner, Article article, java.util.List<String> credits) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Source details");
        setHeaderText("Details of " + article.label() + (article.meta().path() == null ? ""
                : " (" + article.meta().path().getFileName() + ")"));
        SourceDetails d = SourceDetails.of(article);
        outlet.setText(nullToEmpty(d.outlet()));
        title.setText(nullToEmpty(d.title()));
        author.setText(nullToEmpty(d.author()));
        published.setText(d.published() == null ? "" : d.published().toString());
        published.setPromptText("YYYY-MM-DD");
        author.setPromptText("Jane Doe, John Roe");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        row(grid, 0, "Outlet", outlet, article, ArticleMeta.OUTLET, d.outlet());
        row(grid, 1, "Title", title, article, ArticleMeta.TITLE, d.title());
        row(grid, 2, "Authors", author, article, ArticleMeta.AUTHOR, d.author());
        row(grid, 3, "Published", published, article, ArticleMeta.PUBLISHED, d.published());
        problem.setId("details-problem");
        problem.getStyleClass().add("details-problem");
        grid.add(problem, 0, 4, 3, 1);
        Label credited = new Label(credits.isEmpty() ? "none found" : String.join("\n", credits));
        credited.setId("details-credits");
        credited.setWrapText(true);
        credited.setMaxWidth(460);
        grid.add(new Label("Credits"), 0, 5);
        grid.add(credited, 1, 5, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        published.textProperty().addListener((o, a, b) -> validate());
        validate();
        setResultConverter(b -> b == ButtonType.OK ? new SourceDetails(outlet.getText(), title.getText(),
                author.getText(), date(published.getText()).orElse(null)) : null);
    }

    private void validate() {
        String text = published.getText().strip();
        boolean bad = !text.isEmpty() && date(text).isEmpty();
        problem.setText(bad ? "The date must read YYYY-MM-DD, for example 2026-03-02 (or leave it empty)." : "");
        getDialogPane().lookupButton(ButtonType.OK).setDisable(bad);
    }

    static Optional<LocalDate> date(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void row(GridPane grid, int r, String name, TextField field, Article a, String key, Object value) {
        Label origin = new Label(SourceDetails.origin(a, key, value));
        origin.getStyleClass().add("source-meta");
        origin.setId(field.getId() + "-origin");
        origin.setMinWidth(Region.USE_PREF_SIZE);
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(r, label, field, origin);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(30);
        return f;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
