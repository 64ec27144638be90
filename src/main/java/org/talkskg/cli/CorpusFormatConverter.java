package org.talkskg.cli;

import org.talkskg.corpus.CorpusFormat;

/** The corpus command's {@code --format}: turtle or nquads. */
final class CorpusFormatConverter extends LowerCaseNameConverter<CorpusFormat> {

    CorpusFormatConverter() {
        super(CorpusFormat.class);
    }
}
