package org.storycompare.app.vm;

import java.util.List;
import java.util.Objects;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Span;

/** Aligns the one pair on screen before the story's analysis covers it: the engine, or a stand-in in tests. */
public interface PairEngine {

    PairAlignment align(Article a, Article b, CompareOptions options, Cancellation cancel);

    /** The page furniture of one article, shown greyed until the analysis has it (none by default). */
    default List<Span> furniture(Article a) {
        return a.meta().furniture();
    }

    /** An alignment this engine already has for these articles and options (answered at once), or null. */
    default PairAlignment ready(Article a, Article b, CompareOptions options) {
        return null;
    }

    /** The real engine (WordNet paraphrase matcher when the options ask for paraphrases). */
    PairEngine STORY_ENGINE = new PairEngine() {
        @Override
        public PairAlignment align(Article a, Article b, CompareOptions options, Cancellation cancel) {
            // the pair on screen does not wait for the sentence model: it links by meaning once the model is loaded
            // (the analysis, which follows, always does)
            return new StoryEngine(options, org.storycompare.meaning.Meaning.encoderIfLoaded(options)).align(a, b, cancel);
        }

        @Override
        public List<Span> furniture(Article a) {
            return StoryEngine.furniture(a);
        }
    };

    /**
     * An engine that remembers its last alignment: asked again for the same two articles (same ids and texts)
     * with the same options, it answers at once. The app aligns the first pair while the window is still being
     * built, and the window's own request then finds it done. Thread-safe.
     */
    static PairEngine remembering(PairEngine engine) {
        Objects.requireNonNull(engine);
        return new PairEngine() {
            private Object[] last; // {a, b, options, alignment}

            @Override
            public synchronized PairAlignment ready(Article a, Article b, CompareOptions options) {
                return last != null && same((Article) last[0], a) && same((Article) last[1], b)
                        && last[2].equals(options) ? (PairAlignment) last[3] : null;
            }

            @Override
            public PairAlignment align(Article a, Article b, CompareOptions options, Cancellation cancel) {
                PairAlignment known = ready(a, b, options);
                if (known != null) {
                    return known;
                }
                PairAlignment p = engine.align(a, b, options, cancel);
                synchronized (this) {
                    last = new Object[] {a, b, options, p};
                }
                return p;
            }

            @Override
            public List<Span> furniture(Article a) {
                return engine.furniture(a);
            }

            private static boolean same(Article x, Article y) {
                return x.id().equals(y.id()) && x.text().equals(y.text());
            }
        };
    }
}
