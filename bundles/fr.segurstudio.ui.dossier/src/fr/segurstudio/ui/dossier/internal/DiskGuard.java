package fr.segurstudio.ui.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.ui.files.DiskChangeDialog;

/**
 * The dossier's file changed on disk behind its editor (a git pull, segur format or segur retour in a terminal):
 * an editor without unsaved edits follows the file; with edits, nothing is thrown away and nothing is written over
 * without a question that shows the change ({@link DiskChangeDialog}: the editor's text against the file's). Asked
 * before each save, whichever way it comes (Ctrl+S on any page, Save All, the close prompt), and when the editor
 * comes back to the front.
 */
public final class DiskGuard {

	/** What a save may do. */
	public enum Save {
		/** The file is the one the editor read or wrote: write it. */
		WRITE,
		/** The file changed on disk and the user chose to write over it. */
		WRITE_OVER,
		/** Nothing to write (the user cancelled, or took the file's version). */
		NONE
	}

	private final DossierSession session;
	private final Supplier<String> editorText;
	private final Runnable reload;
	private boolean asking;
	/** The file's text the user saw on the question and chose to keep the edits over: not asked about again on return. */
	private String kept;

	/**
	 * @param editorText what the editor would write, as text (the Texte page's unsaved text included)
	 * @param reload     the file's version replaces the editor's
	 */
	public DiskGuard(DossierSession session, Supplier<String> editorText, Runnable reload) {
		this.session = session;
		this.editorText = editorText;
		this.reload = reload;
	}

	/** Before a save. */
	public Save beforeSave(Shell shell) {
		if (!session.changedOnDisk()) {
			return Save.WRITE;
		}
		if (!Files.exists(session.file())) {
			return Save.WRITE_OVER; // deleted or moved away: the edits write it again
		}
		DiskChangeDialog.Choice choice;
		asking = true; // the question takes the focus: the editor's return is not a second question
		try {
			choice = DiskChangeDialog.askBeforeSave(shell, name(), editorText.get(), disk());
		} finally {
			asking = false;
		}
		return switch (choice) {
		case OVERWRITE -> Save.WRITE_OVER;
		case TAKE_DISK -> {
			reload.run();
			yield Save.NONE;
		}
		default -> Save.NONE;
		};
	}

	/** The editor comes back to the front: a changed file is read again, after a question when there are edits. */
	public void onReturn(Shell shell, boolean dirty) {
		if (asking || !session.changedOnDisk() || !Files.exists(session.file())) {
			return; // deleted or moved: the edits stay, Save writes the file again
		}
		if (!dirty) {
			reload.run();
			return;
		}
		String disk = disk();
		if (disk.equals(kept)) {
			return; // that change was shown already: the next save asks
		}
		asking = true;
		try {
			if (DiskChangeDialog.askOnReturn(shell, name(), editorText.get(), disk) == DiskChangeDialog.Choice.TAKE_DISK) {
				reload.run();
			} else {
				kept = disk;
			}
		} finally {
			asking = false;
		}
	}

	private String name() {
		return session.file().getFileName().toString();
	}

	private String disk() {
		return DiskChangeDialog.onDisk(session.file(), StandardCharsets.UTF_8);
	}
}
