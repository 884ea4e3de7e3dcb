package fr.segurstudio.ui.dossier.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.osgi.util.NLS;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.ui.dossier.Messages;

/**
 * The requests of an imported ASP JSON file as one command on a dossier: copies, appended; a number the
 * dossier already holds or held (seed §3.2: never reused) is replaced by the next free one.
 */
public final class JsonIntoDossier {

	public record Result(Command command, List<Demande> added, int renumbered) {
	}

	private JsonIntoDossier() {
	}

	public static Result of(DossierSession session, Dossier imported, String fileName) {
		Dossier dossier = session.dossier();
		Set<String> taken = new HashSet<>(dossier.getNumerosEditeurUtilises());
		dossier.getDemandes().forEach(d -> taken.add(d.getNumeroEditeur()));
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.importCommand, fileName));
		List<Demande> added = new ArrayList<>();
		List<String> numbers = new ArrayList<>();
		int renumbered = 0;
		for (Demande source : imported.getDemandes()) {
			Demande copy = EcoreUtil.copy(source);
			if (copy.getNumeroEditeur() == null || taken.contains(copy.getNumeroEditeur())) {
				copy.setNumeroEditeur(NumerosEditeur.next(dossier, taken));
				renumbered++;
			}
			taken.add(copy.getNumeroEditeur());
			numbers.add(copy.getNumeroEditeur());
			added.add(copy);
		}
		command.append(AddCommand.create(session.domain(), dossier, SegurPackage.Literals.DOSSIER__DEMANDES, added));
		command.append(AddCommand.create(session.domain(), dossier, SegurPackage.Literals.DOSSIER__NUMEROS_EDITEUR_UTILISES, numbers));
		return new Result(command, added, renumbered);
	}
}
