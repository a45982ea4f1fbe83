package org.storycompare.engine.align;

import java.util.Arrays;

/**
 * Interns normalised word forms as small integers (an open-addressing table that can look a form up
 * straight from a range of the text, without building a string). Not thread-safe: fill it from one thread;
 * reading {@link #form(int)} afterwards from other threads is safe once they were started after the filling.
 */
public final class Vocabulary {

    private String[] keys;
    private int[] hashes;
    private int[] ids;
    private String[] forms;
    private int shift;
    private int size;

    public Vocabulary() {
        this(512);
    }

    /** A vocabulary sized for about {@code expected} distinct forms. */
    public Vocabulary(int expected) {
        int cap = Integer.highestOneBit(Math.max(64, expected) * 2 - 1) << 1;
        keys = new String[cap];
        hashes = new int[cap];
        ids = new int[cap];
        forms = new String[cap / 2];
        shift = 32 - Integer.numberOfTrailingZeros(cap);
    }

    /** The id of a normalised form, adding it when new. */
    public int id(String normalised) {
        int h = normalised.hashCode();
        int mask = keys.length - 1;
        int s = slot(h);
        while (keys[s] != null) {
            if (hashes[s] == h && keys[s].equals(normalised)) {
                return ids[s];
            }
            s = (s + 1) & mask;
        }
        return add(s, h, normalised);
    }

    /** The id of the form text[start, end) (lower-cased when asked; ASCII letters expected). */
    public int id(String text, int start, int end, boolean lowerCase) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + (lowerCase ? lower(text.charAt(i)) : text.charAt(i));
        }
        int len = end - start;
        int mask = keys.length - 1;
        int s = slot(h);
        while (keys[s] != null) {
            if (hashes[s] == h && keys[s].length() == len && same(keys[s], text, start, lowerCase)) {
                return ids[s];
            }
            s = (s + 1) & mask;
        }
        String form = text.substring(start, end);
        if (lowerCase) {
            form = form.toLowerCase(java.util.Locale.ROOT);
        }
        return add(s, h, form);
    }

    /** The form with this id. */
    public String form(int id) {
        return forms[id];
    }

    public int size() {
        return size;
    }

    private static boolean same(String key, String text, int start, boolean lowerCase) {
        for (int i = 0; i < key.length(); i++) {
            char c = text.charAt(start + i);
            if (key.charAt(i) != (lowerCase ? lower(c) : c)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    private int add(int slot, int h, String form) {
        int id = size++;
        keys[slot] = form;
        hashes[slot] = h;
        ids[slot] = id;
        if (id == forms.length) {
            forms = Arrays.copyOf(forms, forms.length * 2);
        }
        forms[id] = form;
        if (size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        String[] ok = keys;
        int[] oh = hashes;
        int[] oi = ids;
        keys = new String[ok.length * 2];
        hashes = new int[ok.length * 2];
        ids = new int[ok.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != null) {
                int s = slot(oh[i]);
                while (keys[s] != null) {
                    s = (s + 1) & mask;
                }
                keys[s] = ok[i];
                hashes[s] = oh[i];
                ids[s] = oi[i];
            }
        }
    }
}
