package dev.handbook.model;

/** Dispatch on the kind of an {@link Entry} (Java 17 has no pattern-matching switch). */
public interface EntryVisitor<R> {
    R visitRunbook(Runbook runbook);

    R visitAdr(Adr adr);

    R visitPostmortem(Postmortem postmortem);

    R visitSpof(Spof spof);

    R visitDrill(Drill drill);

    R visitChaos(ChaosExperiment chaos);

    R visitService(Service service);

    R visitBackup(Backup backup);
}
