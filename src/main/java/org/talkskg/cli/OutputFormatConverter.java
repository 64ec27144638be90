package org.talkskg.cli;

import java.util.Arrays;
import java.util.Locale;

import org.talkskg.queries.OutputFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts the lower-case format names shown in the help (picocli's own enum conversion would list TABLE, CSV, ...). */
final class OutputFormatConverter implements ITypeConverter<OutputFormat> {

    @Override
    public OutputFormat convert(String value) {
        try {
            return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(
                    "expected one of " + Arrays.toString(OutputFormat.values()) + " but was '" + value + "'");
        }
    }
}
