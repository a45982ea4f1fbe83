package org.storycompare.engine.provenance;

/** Words as the provenance analysis counts them: runs of letters and digits. */
final class Words {

    /** Receives one word's [start, end). */
    @FunctionalInterface
    interface Sink {
        void word(int start, int end);
    }

    private Words() {
    }

    /** Calls {@code sink} for every word of {@code text}, in order. */
    static void each(CharSequence text, Sink sink) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean w = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                sink.word(start, i);
                start = -1;
            }
        }
    }
}
