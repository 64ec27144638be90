package org.talkskg.cli;

import org.talkskg.queries.OutputFormat;

/** The query command's {@code --format}: table, csv, ... */
final class OutputFormatConverter extends LowerCaseNameConverter<OutputFormat> {

    OutputFormatConverter() {
        super(OutputFormat.class);
    }
}
