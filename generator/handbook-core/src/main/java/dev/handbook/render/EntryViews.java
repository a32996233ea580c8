package dev.handbook.render;

import dev.handbook.model.Adr;
import dev.handbook.model.Backup;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.Drill;
import dev.handbook.model.EntryVisitor;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.render.input.RenderInput;

/** Picks the view of a record's page by its kind; each kind's template ({@code <kind>.ftlh}) renders that view. */
record EntryViews(RenderInput input) implements EntryVisitor<PageView> {

    @Override
    public PageView visitRunbook(Runbook runbook) {
        return RunbookView.of(input, runbook);
    }

    @Override
    public PageView visitAdr(Adr adr) {
        return AdrView.of(input, adr);
    }

    @Override
    public PageView visitPostmortem(Postmortem postmortem) {
        return PostmortemView.of(input, postmortem);
    }

    @Override
    public PageView visitSpof(Spof spof) {
        return SpofView.of(input, spof);
    }

    @Override
    public PageView visitDrill(Drill drill) {
        return DrillView.of(input, drill);
    }

    @Override
    public PageView visitChaos(ChaosExperiment chaos) {
        return ChaosView.of(input, chaos);
    }

    @Override
    public PageView visitService(Service service) {
        return ServiceView.of(input, service);
    }

    @Override
    public PageView visitBackup(Backup backup) {
        return BackupView.of(input, backup);
    }
}
