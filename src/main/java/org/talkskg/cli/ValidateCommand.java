package org.talkskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.talkskg.validate.ShapeCheck;
import org.talkskg.validate.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check the graph against the SHACL shapes of the ontology folder (shapes.ttl).",
            "Prints one line per violation (node, label, property, what is wrong) and exits 1 if there is any.",
            "With --store DIR, what the store holds, whole: after a bulk load (load --store), or to check a curated store.",
        })
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private GraphFolderOptions graphFolders;

    @Mixin
    private StoredGraphOption storedGraph;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Violation> violations = storedGraph.apply(graphFolders, spec, ShapeCheck::run);
        PrintWriter out = spec.commandLine().getOut();
        violations.forEach(violation -> out.println(violation.describe()));
        if (violations.isEmpty()) {
            out.println("The graph conforms to the shapes: no violations.");
            return 0;
        }
        out.println(Violation.count(violations) + " of the shapes.");
        return UserErrorHandler.USER_ERROR;
    }
}
