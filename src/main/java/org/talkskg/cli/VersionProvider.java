package org.talkskg.cli;

import org.talkskg.ProgramVersion;

import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"talks-kg " + ProgramVersion.value()};
    }
}
