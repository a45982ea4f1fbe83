package org.storycompare.engine.model;

/** A half-open character range [start, end) into an article's text. */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** The range [from, to) of {@code text} without the white space at either end (empty when it is all space). */
    public static Span trimmed(CharSequence text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
