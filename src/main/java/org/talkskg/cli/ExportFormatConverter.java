package org.talkskg.cli;

import org.talkskg.export.ExportFormat;

/** The export command's {@code --format}: turtle, trig, ... */
final class ExportFormatConverter extends LowerCaseNameConverter<ExportFormat> {

    ExportFormatConverter() {
        super(ExportFormat.class);
    }
}
