package org.storycompare.engine.paraphrase;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The reference for {@link WordNetEquivalenceTest}: what {@link Lexicon} computed for a word when it read WordNet
 * through extjwnl (its code before the compact resource replaced it), as one comparable line.
 */
final class ExtjwnlReference {

    private ExtjwnlReference() {
    }

    static synchronized String describe(Dictionary d, String key) {
        Set<String> lemmas = new TreeSet<>();
        Set<Long> syn = new TreeSet<>();
        Set<Long> rel = new TreeSet<>();
        int uses = 0;
        try {
            for (POS pos : POS.getAllPOS()) {
                List<String> bases = d.getMorphologicalProcessor().lookupAllBaseForms(pos, key);
                for (String base : bases) {
                    IndexWord iw = d.getIndexWord(pos, base);
                    if (iw == null) {
                        continue;
                    }
                    String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
                    lemmas.add(lemma);
                    List<Synset> senses = iw.getSenses();
                    int[] senseUses = new int[senses.size()];
                    int total = 0;
                    for (int k = 0; k < senses.size(); k++) {
                        for (Word w : senses.get(k).getWords()) {
                            if (w.getLemma().equalsIgnoreCase(lemma)) {
                                senseUses[k] += (int) w.getUseCount();
                            }
                        }
                        total += senseUses[k];
                    }
                    uses += total;
                    for (int k = 0; k < senses.size(); k++) {
                        if (!Lexicon.frequent(k, senseUses[k], total)) {
                            continue;
                        }
                        Synset s = senses.get(k);
                        syn.add(((long) s.getPOS().getId() << 40) | s.getOffset());
                        for (Pointer p : s.getPointers()) {
                            PointerType t = p.getType();
                            if (t == PointerType.HYPERNYM || t == PointerType.INSTANCE_HYPERNYM
                                    || t == PointerType.SIMILAR_TO) {
                                Synset target = p.getTargetSynset();
                                rel.add(((long) target.getPOS().getId() << 40) | target.getOffset());
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return "error " + e;
        }
        return format(lemmas, syn, rel, uses);
    }

    static String format(Set<String> lemmas, Set<Long> synsets, Set<Long> related, int uses) {
        return "lemmas=" + lemmas + " synsets=" + synsets + " related=" + related + " uses=" + uses;
    }
}
