package fr.segurstudio.ui.dossier.wizards;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositPlan;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;

/**
 * What a deposit of the editor's dossier reads: a copy of the dossier holding only the chosen requests (the Job
 * writes from it while editing goes on), named and placed as its file (its folder resolves the pieces).
 */
final class DepositSource {

	private DepositSource() {
	}

	static Deposit.Source of(DossierSession session, List<Demande> chosen) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Dossier copy = (Dossier) copier.copy(session.dossier());
		copier.copyReferences();
		Set<EObject> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		chosen.forEach(demande -> kept.add(copier.get(demande)));
		copy.getDemandes().removeIf(demande -> !kept.contains(demande));
		Path file = session.file().toAbsolutePath();
		return new Deposit.Source(copy, file.getParent(), file.getFileName().toString());
	}

	/** The deposit of these requests planned as the export makes it: its files and problems, nothing written. */
	static DepositPlan plan(DossierSession session, List<Demande> chosen, Deposit.Options options) {
		return new Deposit().plan(List.of(of(session, chosen)), options);
	}
}
