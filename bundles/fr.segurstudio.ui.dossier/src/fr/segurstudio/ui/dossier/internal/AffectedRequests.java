package fr.segurstudio.ui.dossier.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.dossier.pages.RequestRows;

/**
 * The requests a command touched: those holding the objects each of its commands affected. A compound command
 * (a deposit's 200 status changes, a returned file, a form's change) tells only its last command's objects: its
 * commands are asked one by one.
 */
public final class AffectedRequests {

	private AffectedRequests() {
	}

	public static Set<Demande> of(Command command) {
		Set<Demande> requests = new LinkedHashSet<>();
		collect(command, requests);
		return requests;
	}

	private static void collect(Command command, Set<Demande> requests) {
		if (command instanceof CompoundCommand compound) {
			compound.getCommandList().forEach(c -> collect(c, requests));
		} else if (command instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
			collect(wrapper.getCommand(), requests);
		} else if (command != null) {
			for (Object object : command.getAffectedObjects()) {
				Demande demande = object instanceof EObject eObject ? RequestRows.requestOf(eObject) : null;
				if (demande != null) {
					requests.add(demande);
				}
			}
		}
	}
}
