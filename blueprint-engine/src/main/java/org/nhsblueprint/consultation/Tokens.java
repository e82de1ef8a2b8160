package org.nhsblueprint.consultation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;

/**
 * Words and their stems for theme coding and discovery, through Lucene: the Unicode word-break tokenizer
 * ({@link StandardTokenizer}), possessives removed, lower case, and Krovetz's stemmer ({@link KStemFilter}), which
 * checks its stems against a dictionary, then plurals it leaves ("evenings") to the singular, so "travelling", "travelled" and "travel" share the stem "travel" while
 * "privatisation" does not become "private" as it does under the Porter stemmers. Stop words (Snowball's English list) are kept for
 * phrase matching ("not enough") and dropped for clustering. Thread-safe: Lucene reuses one token stream per thread, and each thread has
 * its own stemmer.
 */
final class Tokens {
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            return new TokenStreamComponents(source, new LowerCaseFilter(s));
        }
    };
    private static final Analyzer STEMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new LowerCaseFilter(new EnglishPossessiveFilter(source));
            return new TokenStreamComponents(source, new EnglishMinimalStemFilter(new KStemFilter(s)));
        }
    };
    private static final java.util.Map<String, String> STEM_OF = new java.util.concurrent.ConcurrentHashMap<>();
    private static final CharArraySet STOP_WORDS = stopWords();

    private Tokens() {
    }

    /** The text's words, lower case, in order. */
    static List<String> words(String text) {
        return run(WORDS, text);
    }

    private static List<String> run(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The stems of the text's words, in order. */
    static List<String> stems(String text) {
        return run(STEMS, text);
    }

    /** One word's stem (cached: a consultation has a small vocabulary). */
    static String stem(String word) {
        return STEM_OF.computeIfAbsent(word, w -> {
            List<String> s = run(STEMS, w);
            return s.size() == 1 ? s.get(0) : w;
        });
    }

    /**
     * Words that say nothing about a theme: the Snowball project's English stop words as Lucene ships them ("the",
     * "would", "her", "further", ...), and modal verbs, numbers in words and other vague words it does not list
     * ({@link #VAGUE}).
     */
    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word) || VAGUE.contains(word);
    }

    /** Vague words the Snowball list leaves in, which otherwise name clusters ("can", "get", "thing"). */
    static final java.util.Set<String> VAGUE = java.util.Set.of("can", "will", "may", "might", "must", "shall",
            "get", "gets", "got", "getting", "also", "just", "well", "one", "two", "three", "four", "five", "thing",
            "things", "much", "many", "lot", "lots", "really", "even", "still", "yet", "every", "make", "made", "way",
            "like", "say", "said", "think", "know", "want", "need", "going", "go", "good", "better", "sure");

    private static CharArraySet stopWords() {
        try (var reader = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt",
                java.nio.charset.StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's English stop word list is missing", e);
        }
    }
}
