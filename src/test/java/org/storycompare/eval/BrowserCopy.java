package org.storycompare.eval;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text a browser gives for select-all and copy of a page, after the rules of {@code innerText}: block
 * elements on their own lines, a blank line around each paragraph, table cells separated by tabs, list items
 * without bullets; scripts, styles, hidden elements and the head left out. CSS is not applied, so elements
 * hidden only by a style sheet are still copied (as a text browser would). Button labels and elements marked
 * only {@code aria-hidden} are copied, as a browser copies them (they are visible); form fields' values, select
 * lists and replaced content (images, frames, SVG) are not.
 */
final class BrowserCopy {

    private static final Set<String> SKIP = Set.of("head", "script", "style", "noscript", "template", "svg",
            "iframe", "object", "canvas", "select", "option", "input", "textarea", "math");
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "pre", "section",
            "summary", "table", "tr", "ul", "caption", "tbody", "thead", "tfoot", "center", "menu", "legend");

    private final StringBuilder out = new StringBuilder();
    private int pendingBreaks;

    private BrowserCopy() {
    }

    /** The copied text of {@code root} (usually the document's body). */
    static String of(Element root) {
        BrowserCopy c = new BrowserCopy();
        c.walk(root);
        return c.out.toString().strip() + "\n";
    }

    private void walk(Node n) {
        if (n instanceof TextNode t) {
            text(t.getWholeText());
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (SKIP.contains(tag) || hidden(e)) {
            return;
        }
        if (tag.equals("br")) {
            out.append('\n');
            pendingBreaks = 0;
            return;
        }
        if (tag.equals("img")) {
            return;
        }
        int breaks = tag.equals("p") ? 2 : BLOCK.contains(tag) ? 1 : 0;
        breaks(breaks);
        boolean cell = tag.equals("td") || tag.equals("th");
        for (Node c : e.childNodes()) {
            walk(c);
        }
        if (cell && e.nextElementSibling() != null) {
            text("\t");
        }
        breaks(breaks);
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden");
    }

    private void breaks(int n) {
        pendingBreaks = Math.max(pendingBreaks, n);
    }

    private void text(String s) {
        String t = s.replaceAll("[\\s\\u00A0]+", " ");
        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        if (pendingBreaks > 0 || lineStart) {
            t = t.stripLeading();
            if (t.isEmpty()) {
                return;
            }
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            int have = 0;
            while (have < out.length() && out.charAt(out.length() - 1 - have) == '\n') {
                have++;
            }
            if (out.length() > 0) {
                out.append("\n".repeat(Math.max(0, pendingBreaks - have)));
            }
        } else if (out.charAt(out.length() - 1) == ' ' && t.startsWith(" ")) {
            t = t.substring(1);
        }
        pendingBreaks = 0;
        out.append(t);
    }
}
