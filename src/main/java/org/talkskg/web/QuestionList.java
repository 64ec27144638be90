package org.talkskg.web;

import java.util.List;

import org.talkskg.queries.SavedQuery;

/**
 * The list of saved questions, each with its page and its API address.
 *
 * @param missing the name asked for that is not a saved question, or {@code null}
 */
public record QuestionList(String missing, List<SavedQuery> questions) {

    public QuestionList {
        questions = List.copyOf(questions);
    }
}
