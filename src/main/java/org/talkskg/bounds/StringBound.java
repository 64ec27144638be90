package org.talkskg.bounds;

/**
 * The longest string a query may build with {@code CONCAT}, {@code REPLACE} or
 * {@code GROUP_CONCAT}. Checked before the string is built, so that a query doubling a string in
 * a loop, or concatenating every literal of the graph, stops at the bound instead of filling the
 * heap.
 *
 * @param maxLength the most characters one built string may have
 */
public record StringBound(int maxLength) {

    public StringBound {
        if (maxLength < 1) {
            throw new IllegalArgumentException("the longest built string must be at least 1 character, not " + maxLength);
        }
    }

    /** @throws QueryBoundException if a string of this many characters would be too long */
    void check(String function, long length) {
        if (length > maxLength) {
            throw new QueryBoundException(function + " would build a string of " + length + " characters; a query may build"
                    + " strings of at most " + maxLength + " characters (serve --max-string-length)");
        }
    }
}
