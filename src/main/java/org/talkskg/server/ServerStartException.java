package org.talkskg.server;

import org.talkskg.UserFacingException;

/** The server could not start, typically because the port is taken or the host is not an address of this machine. */
public final class ServerStartException extends UserFacingException {

    ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
