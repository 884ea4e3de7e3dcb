package fr.segurstudio.lifecycle;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.editing.DossierSession;

/**
 * The commands of one change of a session's dossier, a value set only when it differs, so that doing the
 * same thing twice (a returned file applied again) changes nothing: no command, no write.
 */
final class Changes {

	private final DossierSession session;
	private final CompoundCommand command;

	Changes(DossierSession session, String label) {
		this.session = session;
		this.command = new CompoundCommand(label);
	}

	void set(EObject owner, EStructuralFeature feature, Object value) {
		Object now = feature.isUnsettable() && !owner.eIsSet(feature) ? null : owner.eGet(feature);
		if (!Objects.equals(now, value)) {
			command.append(session.commands().set(owner, feature, value));
		}
	}

	void append(Command other) {
		command.append(other);
	}

	/** The command, or null when nothing changes. */
	Command command() {
		return command.isEmpty() ? null : command;
	}

	/** Executes the command on the session's stack; false when there was nothing to do. */
	static boolean execute(DossierSession session, Command command) {
		if (command == null) {
			return false;
		}
		if (!command.canExecute()) {
			throw new IllegalStateException("commande impossible sur " + session.file().getFileName() + " : " + command.getLabel());
		}
		session.commandStack().execute(command);
		return true;
	}
}
