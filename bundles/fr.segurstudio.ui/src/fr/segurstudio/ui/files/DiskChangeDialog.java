package fr.segurstudio.ui.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.contentmergeviewer.TextMergeViewer;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.json.InputFiles;
import fr.segurstudio.ui.Messages;

/**
 * The question asked when a file on disk and what the user has differ: a file changed on disk behind an editor with
 * unsaved edits, or the copy a cut save left next to a dossier. The message, the platform's compare of the two texts
 * (what changed is shown, not described), and the choices. The default button is never the one that throws work
 * away: on a save it is « Annuler », when the editor comes back to the front « Garder mes modifications », for a
 * recovered copy « Décider plus tard ».
 */
public final class DiskChangeDialog extends MessageDialog {

	/** What the user chose. */
	public enum Choice {
		/** Keep the editor's text; nothing is written (the default when the editor comes back to the front). */
		KEEP_MINE,
		/** Write the editor's text over the file: the outside change goes. */
		OVERWRITE,
		/** Take the file as it is on disk: the unsaved edits go. */
		TAKE_DISK,
		/** Do nothing now (the default of the save question). */
		CANCEL,
		/** A recovered copy becomes the file. */
		RECOVER,
		/** A recovered copy is deleted. */
		DISCARD,
		/** A recovered copy stays where it is, offered again at the next start (the default). */
		LATER
	}

	/** The button data key of each choice's button, for tests and the bot. */
	public static final String CHOICE_KEY = "fr.segurstudio.ui.files.choice";

	private final String mine;
	private final String disk;
	private final String mineLabel;
	private final String diskLabel;
	private final String name;
	private final Choice[] choices;
	private final int defaultIndex;
	private CompareConfiguration configuration;

	private DiskChangeDialog(Shell shell, String title, String message, String name, String mine, String disk, Choice[] choices, String[] labels,
			int defaultIndex) {
		this(shell, title, message, name, Messages.diskChangeMine, mine, Messages.diskChangeDisk, disk, choices, labels, defaultIndex);
	}

	private DiskChangeDialog(Shell shell, String title, String message, String name, String mineLabel, String mine, String diskLabel, String disk,
			Choice[] choices, String[] labels, int defaultIndex) {
		super(shell, title, null, message, WARNING, defaultIndex, labels);
		this.name = name;
		this.mine = mine;
		this.disk = disk;
		this.mineLabel = mineLabel;
		this.diskLabel = diskLabel;
		this.choices = choices;
		this.defaultIndex = defaultIndex;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/**
	 * Before writing over a file that changed on disk: overwrite, take the disk's version, or cancel (the default).
	 *
	 * @param name the file's name, as the user knows it
	 * @param mine the text the editor would write
	 * @param disk the file's text now
	 */
	public static Choice askBeforeSave(Shell shell, String name, String mine, String disk) {
		return open(new DiskChangeDialog(shell, Messages.diskChangeTitle, NLS.bind(Messages.diskChangeOnSave, name), name, mine, disk,
				new Choice[] { Choice.OVERWRITE, Choice.TAKE_DISK, Choice.CANCEL },
				new String[] { Messages.diskChangeOverwrite, Messages.diskChangeTakeDisk, Messages.diskChangeCancel }, 2));
	}

	/** An editor with unsaved edits comes back to the front and its file changed: keep the edits (the default) or take the disk's version. */
	public static Choice askOnReturn(Shell shell, String name, String mine, String disk) {
		return open(new DiskChangeDialog(shell, Messages.diskChangeTitle, NLS.bind(Messages.diskChangeOnReturn, name), name, mine, disk,
				new Choice[] { Choice.KEEP_MINE, Choice.TAKE_DISK }, new String[] { Messages.diskChangeKeepMine, Messages.diskChangeTakeDisk }, 0));
	}

	/**
	 * The copy of a file that a save cut between its write and its rename left behind (found at start): recover it,
	 * delete it, or decide later (the default).
	 *
	 * @param copy the copy's text
	 * @param file the file's text now (empty when there is none)
	 */
	public static Choice askRecovery(Shell shell, String name, String copy, String file) {
		return open(new DiskChangeDialog(shell, Messages.recoveryTitle, NLS.bind(Messages.recoveryMessage, name), name, Messages.recoveryCopy, copy,
				Messages.diskChangeDisk, file, new Choice[] { Choice.RECOVER, Choice.DISCARD, Choice.LATER },
				new String[] { Messages.recoveryRecover, Messages.recoveryDiscard, Messages.recoveryLater }, 2));
	}

	/**
	 * A file's text as it is on disk now, for the compare: decoded leniently (a byte that is not of the charset shows
	 * as a replacement character), empty when the file is gone or cannot be read.
	 */
	public static String onDisk(Path file, Charset charset) {
		try {
			return new String(InputFiles.read(file), charset);
		} catch (IOException e) {
			return "";
		}
	}

	/** The chosen button's choice; closed with Escape or the window's cross, the default one (which loses nothing). */
	private static Choice open(DiskChangeDialog dialog) {
		int index = dialog.open();
		return dialog.choices[index >= 0 && index < dialog.choices.length ? index : dialog.defaultIndex];
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		configuration = new CompareConfiguration();
		configuration.setLeftLabel(mineLabel);
		configuration.setRightLabel(diskLabel);
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		TextMergeViewer viewer = new TextMergeViewer(parent, SWT.BORDER, configuration);
		viewer.setInput(new DiffNode(new Text(name, mine), new Text(name, disk)));
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 360).applyTo(viewer.getControl());
		return viewer.getControl();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		for (int i = 0; i < choices.length; i++) {
			getButton(i).setData(CHOICE_KEY, choices[i].name());
		}
	}

	/**
	 * Enter chooses the safe default, whatever the compare shows: it is the shell's default button, and the focus
	 * starts on it, not in the compare's texts (a text takes Return as a key, not as the dialog's traversal).
	 */
	@Override
	public void create() {
		super.create();
		Button safe = getButton(defaultIndex);
		getShell().setDefaultButton(safe);
		getShell().getDisplay().asyncExec(() -> { // once the shell is open: a hidden control takes no focus
			if (!safe.isDisposed()) {
				safe.setFocus();
			}
		});
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	public boolean close() {
		if (configuration != null) {
			configuration.dispose();
		}
		return super.close();
	}

	/** One side of the compare: a text, typed by the file's extension for the compare's colouring. */
	private record Text(String name, String text) implements ITypedElement, IEncodedStreamContentAccessor {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}
	}
}
