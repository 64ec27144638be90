package org.talkskg.cli;

import java.util.concurrent.Callable;

import org.talkskg.store.Change;
import org.talkskg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "undo",
        mixinStandardHelpOptions = true,
        description = {
            "Take a store back to how it was after change N of its history (0: as it was loaded from the files),"
                    + " by reverting the later changes in one transaction.",
            "The undo is itself a change of the history, so it can be undone in its turn. Stop the server first.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:no store there, a server holds it, no change N, or the change log cannot be read or written",
            "2:the command line is wrong",
        })
final class UndoCommand implements Callable<Integer> {

    @Mixin
    private StoreFolderOption store;

    @Option(names = "--to", required = true, paramLabel = "N",
            description = "The change to go back to, as numbered by talks-kg history; 0 for the store as loaded.")
    private int target;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (KgStore kgStore = store.open()) {
            Change undo = kgStore.undoTo(target, System.getProperty("user.name"));
            spec.commandLine().getOut().println("The store " + kgStore.folder() + " is back to how it was after change " + target
                    + (undo == null ? "; it already was, so nothing was recorded"
                            : ": recorded as change " + undo.number() + " (" + undo.added().size() + " triples added, "
                                    + undo.removed().size() + " removed)"));
        }
        return 0;
    }
}
