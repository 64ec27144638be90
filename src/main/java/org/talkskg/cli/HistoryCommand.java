package org.talkskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.talkskg.store.Change;
import org.talkskg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "history",
        mixinStandardHelpOptions = true,
        description = {
            "List the changes made to a store since it was loaded from the files, oldest first, as tab-separated"
                    + " columns: number, time (UTC), user, kind, triples added, triples removed, first line of the request.",
            "Each change is an RDF Patch in DIR/changes/; undo --to N takes the store back to how it was after change N.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:no store there, a server holds it, or its change log cannot be read",
            "2:the command line is wrong",
        })
final class HistoryCommand implements Callable<Integer> {

    static final String HEADER = "change\ttime\tuser\tkind\tadded\tremoved\trequest";

    @Mixin
    private StoreFolderOption store;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kgStore = store.open()) {
            out.println(HEADER);
            for (Change change : kgStore.changeLog().changes()) {
                out.println(String.join("\t", Integer.toString(change.number()), change.time().toString(), change.user(),
                        change.kind(), Integer.toString(change.added().size()), Integer.toString(change.removed().size()),
                        change.firstLineOfRequest()));
            }
        }
        return 0;
    }
}
