package org.talkskg.cli;

import org.talkskg.graph.GraphLoadException;
import org.talkskg.queries.QueryFailedException;
import org.talkskg.server.ServerStartException;
import org.talkskg.store.StoreException;
import org.talkskg.validate.ValidationSetupException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Errors a user causes and can fix (a broken file, a missing folder or query, an unreachable
 * endpoint, a taken port, an unusable store) become their one-line message on stderr and exit code 1. Anything
 * else is a bug and keeps picocli's default handling, stack trace included.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    static final int USER_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (e instanceof GraphLoadException || e instanceof QueryFailedException || e instanceof ServerStartException
                || e instanceof ValidationSetupException || e instanceof StoreException) {
            commandLine.getErr().println(e.getMessage());
            return USER_ERROR;
        }
        throw e;
    }
}
