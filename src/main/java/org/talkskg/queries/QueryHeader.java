package org.talkskg.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment block a saved query starts with:
 *
 * <pre>
 * # title: Evidence for an entity
 * # question: Which sentences of the article support facts about a given entity?
 * # parameters: entity - a prefixed name, a full IRI or a label (default tkd:volodymyr-zelensky)
 * # pattern: evidence as NIF spans inside numbered sentences
 * #          (an indented line continues the field above it)
 * </pre>
 *
 * {@code parameters} is {@code none} or one {@code name - meaning (default value)} per line (a
 * line not of that form, such as {@code none}, declares nothing); a parameter without a default
 * is required. The header ends at the first line that is not a comment.
 *
 * @param title      a short title, listed by the queries command; empty if the file has none
 * @param question   the question the query answers, in plain words; empty if none
 * @param parameters the declared parameters, in the order of the header
 * @param pattern    which modelling pattern the query shows; empty if none
 */
public record QueryHeader(String title, String question, List<QueryParameter> parameters, String pattern) {

    private static final Pattern FIELD = Pattern.compile("^(title|question|parameters|pattern):\\s*(.*)$");
    private static final Pattern PARAMETER_START = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s+-\\s+(.*)$");
    private static final Pattern DEFAULT = Pattern.compile("^(.*?)\\s*\\(default (.*)\\)$");

    public QueryHeader {
        parameters = List.copyOf(parameters);
    }

    /** Reads the header of a query text; fields the text does not have are empty. */
    public static QueryHeader parse(String queryText) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : (Iterable<String>) queryText.lines()::iterator) {
            String stripped = line.strip();
            if (stripped.isEmpty() && fields.isEmpty()) {
                continue;
            }
            if (!stripped.startsWith("#")) {
                break;
            }
            String content = stripped.substring(1).strip();
            Matcher field = FIELD.matcher(content);
            if (field.matches()) {
                current = fields.computeIfAbsent(field.group(1), key -> new ArrayList<>());
                current.add(field.group(2));
            } else if (current != null && !content.isEmpty()) {
                current.add(content);
            }
        }
        return new QueryHeader(joined(fields.get("title")), joined(fields.get("question")),
                parameters(fields.getOrDefault("parameters", List.of())), joined(fields.get("pattern")));
    }

    /** The parameter of that name, if the query declares it. */
    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }

    private static String joined(List<String> lines) {
        return lines == null ? "" : String.join(" ", lines).strip();
    }

    /** Each line that starts with {@code name - } opens a parameter; other lines continue its meaning. */
    private static List<QueryParameter> parameters(List<String> lines) {
        List<String[]> declared = new ArrayList<>();
        for (String line : lines) {
            Matcher start = PARAMETER_START.matcher(line);
            if (start.matches()) {
                declared.add(new String[] {start.group(1), start.group(2)});
            } else if (!declared.isEmpty()) {
                String[] last = declared.get(declared.size() - 1);
                last[1] = last[1] + " " + line;
            }
        }
        List<QueryParameter> parameters = new ArrayList<>();
        for (String[] nameAndText : declared) {
            String text = nameAndText[1].strip();
            Matcher withDefault = DEFAULT.matcher(text);
            parameters.add(withDefault.matches()
                    ? new QueryParameter(nameAndText[0], withDefault.group(1), Optional.of(withDefault.group(2).strip()))
                    : new QueryParameter(nameAndText[0], text, Optional.empty()));
        }
        return parameters;
    }
}
