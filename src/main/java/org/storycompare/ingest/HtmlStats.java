package org.storycompare.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts of every element of a page, gathered in one pass (no per-element {@code text()} calls):
 * characters of text (white space not counted), characters inside links, commas, and "prose": the characters
 * of the paragraph-like blocks inside that read as prose (long enough, few links). A block is the nearest
 * block-level element around a run of text, as a browser lays it out.
 */
final class HtmlStats {

    /** A block of at least this many characters (white space not counted) with few links is prose. */
    static final int PROSE_CHARS = 60;

    private final Map<Element, int[]> counts = new IdentityHashMap<>();
    private final Map<Element, int[]> own = new IdentityHashMap<>();
    private final List<Element> blockList = new ArrayList<>();
    private static final int CHARS = 0;
    private static final int LINKS = 1;
    private static final int COMMAS = 2;
    private static final int PROSE = 3;
    private static final int[] NONE = new int[4];

    private HtmlStats() {
    }

    static HtmlStats of(Element root) {
        HtmlStats s = new HtmlStats();
        s.collect(root);
        return s;
    }

    private void collect(Element root) {
        Deque<Element> blocks = new ArrayDeque<>();
        int[] linkDepth = new int[1];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    counts.put(e, new int[4]);
                    if (isBlock(e)) {
                        blocks.push(e);
                        own.put(e, new int[4]);
                        blockList.add(e);
                    }
                    if (e.normalName().equals("a")) {
                        linkDepth[0]++;
                    }
                } else if (node instanceof TextNode t && !blocks.isEmpty()) {
                    String text = t.getWholeText();
                    int chars = 0;
                    int commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (!Character.isWhitespace(c) && c != '\u00A0') {
                            chars++;
                        }
                        if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                            commas++;
                        }
                    }
                    int[] o = own.get(blocks.peek());
                    o[CHARS] += chars;
                    o[COMMAS] += commas;
                    if (linkDepth[0] > 0) {
                        o[LINKS] += chars;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                int[] c = counts.get(e);
                if (e.normalName().equals("a")) {
                    linkDepth[0]--;
                }
                if (!blocks.isEmpty() && blocks.peek() == e) {
                    blocks.pop();
                    int[] o = own.get(e);
                    c[CHARS] += o[CHARS];
                    c[LINKS] += o[LINKS];
                    c[COMMAS] += o[COMMAS];
                    if (isProse(e, o)) {
                        c[PROSE] += o[CHARS];
                    }
                }
                Element parent = e.parent();
                int[] p = parent == null ? null : counts.get(parent);
                if (p != null) {
                    for (int i = 0; i < 4; i++) {
                        p[i] += c[i];
                    }
                }
            }
        }, root);
    }

    private static boolean isProse(Element block, int[] o) {
        if (isHeading(block.normalName())) {
            return false;
        }
        return o[LINKS] * 3 < o[CHARS] && (o[CHARS] >= PROSE_CHARS || o[CHARS] >= 30 && o[COMMAS] > 0);
    }

    /** h1 to h6. */
    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Block-level for layout: inline text inside belongs to this element. */
    static boolean isBlock(Element e) {
        return e.isBlock() && !e.normalName().equals("br") || e.normalName().equals("td")
                || e.normalName().equals("th");
    }

    private int[] countsOf(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    int chars(Element e) {
        return countsOf(e)[CHARS];
    }

    int linkChars(Element e) {
        return countsOf(e)[LINKS];
    }

    int commas(Element e) {
        return countsOf(e)[COMMAS];
    }

    int prose(Element e) {
        return countsOf(e)[PROSE];
    }

    /** Text of the block's own inline content (not of blocks nested in it), white space not counted. */
    int ownChars(Element block) {
        int[] o = own.get(block);
        return o == null ? 0 : o[CHARS];
    }

    int ownCommas(Element block) {
        int[] o = own.get(block);
        return o == null ? 0 : o[COMMAS];
    }

    boolean ownIsProse(Element block) {
        int[] o = own.get(block);
        return o != null && isProse(block, o);
    }

    double linkDensity(Element e) {
        int c = chars(e);
        return c == 0 ? 0 : Math.min(1, linkChars(e) / (double) c);
    }

    /** The block-level elements, in document order. */
    List<Element> blocks() {
        return blockList;
    }
}
