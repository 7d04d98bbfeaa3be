package org.cairnpmo.platform.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * A {@link FuzzyQuery} (same matches, same scores) whose Levenshtein automata are built once and
 * then reused by every rewrite of it, and by the other queries made from the same {@link Automata}
 * (the same word in other fields).
 *
 * <p>Why: Lucene builds a fuzzy query's automata at each rewrite, and the unified highlighter
 * rewrites the whole query again for every document and every field it highlights. With ten
 * highlighted fields, a page of twenty hits and a few fuzzy words over five fields, that is
 * thousands of automata of two edits each: most of a search's time. The automata depend only on the
 * word, so one set serves every field and every rewrite.
 */
public final class SharedFuzzyQuery extends FuzzyQuery {

  private static final String AUTOMATA_ATTRIBUTE = "FuzzyTermsEnum$AutomatonAttributeImpl";

  /** The automata of one word, built by the first rewrite that needs them. */
  public static final class Automata {
    private final AtomicReference<AttributeImpl> built = new AtomicReference<>();
  }

  private final Automata automata;

  public SharedFuzzyQuery(Term term, int maxEdits, int prefixLength, Automata automata) {
    super(term, maxEdits, prefixLength);
    this.automata = automata;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    AttributeImpl built = automata.built.get();
    if (built != null) {
      // Lucene's own way of sharing the automata between the segments of one rewrite: an
      // attribute already holding them is used as it is.
      atts.addAttributeImpl(built);
      return super.getTermsEnum(terms, atts);
    }
    TermsEnum found = super.getTermsEnum(terms, atts);
    Iterator<AttributeImpl> it = atts.getAttributeImplsIterator();
    while (it.hasNext()) {
      AttributeImpl a = it.next();
      if (a.getClass().getName().endsWith(AUTOMATA_ATTRIBUTE)) {
        automata.built.compareAndSet(null, a);
      }
    }
    return found;
  }
}
