package fr.segurstudio.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.FolderField;
import fr.segurstudio.ui.Messages;
import fr.segurstudio.ui.Services;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.workspace.ProfilesFile;
import fr.segurstudio.workspace.WorkspaceValidation;

/**
 * Préférences > Ségur Studio: the referencing profiles per ANS number (the file the command line reads,
 * {@link ProfilesFile}, rewritten atomically on OK) and the default deposit folder ({@link DepositPreferences}).
 */
public final class SegurPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "fr.segurstudio.ui.preferences";
	static final String KEY_TABLE = "preferences.profils";
	static final String KEY_DEPOSIT = "preferences.depot";

	private final Map<String, List<String>> profiles = new TreeMap<>();
	private boolean profilesReadable = true;
	private TableViewer table;
	private Text deposit;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.prefsDescription);
		try {
			profiles.putAll(ProfilesFile.read());
		} catch (IOException | RuntimeException e) {
			profilesReadable = false; // never overwrite a file we could not read
			setErrorMessage(NLS.bind(Messages.prefsCannotRead, ProfilesFile.location(), e.getMessage()));
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		profilesGroup(page);
		depositGroup(page);
		return page;
	}

	private void profilesGroup(Composite page) {
		Group group = new Group(page, SWT.NONE);
		group.setText(Messages.prefsProfilesGroup);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		table = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setData(WidgetKeys.KEY, KEY_TABLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(Messages.prefsColumnAns, 120, e -> e.getKey(), false);
		column(Messages.prefsColumnProfiles, 300, e -> String.join(" ; ", e.getValue()), true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(440, 160).applyTo(table.getControl());
		Composite buttons = new Composite(group, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		Button add = button(buttons, Messages.prefsAdd);
		Button edit = button(buttons, Messages.prefsEdit);
		Button remove = button(buttons, Messages.prefsRemove);
		add.addListener(SWT.Selection, e -> edit(null));
		edit.addListener(SWT.Selection, e -> edit(selected()));
		remove.addListener(SWT.Selection, e -> {
			String ans = selected();
			if (ans != null) {
				profiles.remove(ans);
				refresh();
			}
		});
		table.addDoubleClickListener(e -> edit(selected()));
		table.addSelectionChangedListener(e -> {
			edit.setEnabled(selected() != null);
			remove.setEnabled(selected() != null);
		});
		Label file = new Label(group, SWT.WRAP);
		file.setText(NLS.bind(Messages.prefsProfilesFile, ProfilesFile.location()));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(file);
		add.setEnabled(profilesReadable);
		edit.setEnabled(false);
		remove.setEnabled(false);
		refresh();
	}

	private void depositGroup(Composite page) {
		Group group = new Group(page, SWT.NONE);
		group.setText(Messages.prefsDepositGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		new Label(group, SWT.NONE).setText(Messages.prefsDepositFolder);
		deposit = new Text(group, SWT.BORDER);
		deposit.setData(WidgetKeys.KEY, KEY_DEPOSIT);
		Path current = DepositPreferences.depositFolder();
		deposit.setText(current == null ? "" : current.toString());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(deposit);
		FolderField.browse(button(group, Messages.prefsBrowse), deposit);
		deposit.addModifyListener(e -> checkDeposit());
		Label hint = new Label(group, SWT.WRAP);
		hint.setText(Messages.prefsDepositHint);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(hint);
	}

	private void checkDeposit() {
		String value = deposit.getText().trim();
		boolean ok = value.isEmpty() || Files.isDirectory(Path.of(value));
		setErrorMessage(ok ? null : NLS.bind(Messages.prefsNoSuchFolder, value));
		setValid(ok);
	}

	/** A column of the profiles table; {@code marksUnknown}: a warning sign on a row naming an unknown profile. */
	private void column(String title, int width, Function<Map.Entry<String, List<String>>, String> text, boolean marksUnknown) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return text.apply((Map.Entry<String, List<String>>) element);
			}

			@SuppressWarnings("unchecked")
			@Override
			public Image getImage(Object element) {
				return marksUnknown && !unknown(((Map.Entry<String, List<String>>) element).getValue()).isEmpty()
						? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK)
						: null;
			}
		});
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	private String selected() {
		Object element = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return element instanceof Map.Entry<?, ?> entry ? (String) entry.getKey() : null;
	}

	private void edit(String ans) {
		if (!profilesReadable) {
			return;
		}
		ProfileDialog dialog = new ProfileDialog(getShell(), ans, ans == null ? null : profiles.get(ans), profiles.keySet(),
				ProfilsDeclares.known(Services.get(CouloirRegistry.class)));
		if (dialog.open() == Window.OK) {
			profiles.put(dialog.ans(), dialog.profiles());
			refresh();
		}
	}

	/** The table again, and a warning naming the profiles no installed couloir declares (the validator warns too). */
	private void refresh() {
		table.setInput(profiles.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
		List<String> unknown = unknown(profiles.values().stream().flatMap(List::stream).toList());
		if (profilesReadable) {
			setMessage(unknown.isEmpty() ? null : NLS.bind(Messages.prefsUnknownProfiles, String.join(" ; ", unknown)),
					unknown.isEmpty() ? NONE : WARNING);
		}
	}

	private static List<String> unknown(List<String> names) {
		return ProfilsDeclares.unknown(names, Services.get(CouloirRegistry.class));
	}

	@Override
	protected void performDefaults() {
		deposit.setText("");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (profilesReadable) {
			try {
				if (!profiles.equals(ProfilesFile.read())) {
					ProfilesFile.write(profiles);
					WorkspaceValidation validation = Services.get(WorkspaceValidation.class);
					if (validation != null) {
						validation.validateAll(); // the profile warnings follow
					}
				}
			} catch (IOException e) {
				setErrorMessage(NLS.bind(Messages.prefsCannotWrite, ProfilesFile.location(), e.getMessage()));
				return false;
			}
		}
		try {
			String value = deposit.getText().trim();
			Path chosen = value.isEmpty() ? null : Path.of(value).toAbsolutePath().normalize();
			if (!Objects.equals(chosen, DepositPreferences.depositFolder())) {
				DepositPreferences.setDepositFolder(chosen); // the export wizard starts there from now on
			}
		} catch (BackingStoreException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
