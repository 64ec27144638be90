package org.talkskg.cli;

import org.talkskg.UserFacingException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Errors a user causes and can fix ({@link UserFacingException}: a broken file, a missing folder
 * or query, an unreachable endpoint, a taken port, an unusable store) become their one-line
 * message on stderr and exit code 1. Anything else is a bug and keeps picocli's default
 * handling, stack trace included.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    static final int USER_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (e instanceof UserFacingException) {
            commandLine.getErr().println(e.getMessage());
            return USER_ERROR;
        }
        throw e;
    }
}
