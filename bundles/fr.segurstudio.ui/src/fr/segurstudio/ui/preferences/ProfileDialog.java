package fr.segurstudio.ui.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.ui.Messages;

/**
 * The profiles of one ANS number: its number (10 characters) and its profiles, checked in the list of those the
 * installed couloirs declare (seeds §3.2, « Focus sur les scénarios »), each with the couloirs that declare it. A
 * name the file already holds that no couloir declares stays in the list, checked and said unknown: unchecking it
 * removes it, nothing is dropped unseen.
 */
final class ProfileDialog extends TitleAreaDialog {

	static final String KEY_ANS = "preferences.profil.ans";
	static final String KEY_PROFILES = "preferences.profil.profils";

	private final Set<String> taken;
	/** Each profile name offered, and the couloirs that declare it (empty: unknown). */
	private final Map<String, List<String>> offered;
	private String ans;
	private List<String> profiles;
	private Text ansText;
	private Table profilesTable;

	ProfileDialog(Shell parent, String ans, List<String> profiles, Set<String> taken, Map<String, List<String>> known) {
		super(parent);
		this.ans = ans == null ? "" : ans;
		this.profiles = profiles == null ? List.of() : profiles;
		this.taken = taken;
		this.offered = new LinkedHashMap<>(known);
		this.profiles.forEach(name -> offered.putIfAbsent(name, List.of()));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.profileDialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.profileDialogTitle);
		setMessage(Messages.profileDialogProfilesHint);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.profileDialogAns);
		ansText = new Text(body, SWT.BORDER);
		ansText.setData(WidgetKeys.KEY, KEY_ANS);
		ansText.setText(ans);
		ansText.setEditable(!taken.contains(ans) || ans.isEmpty());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(ansText);
		Label label = new Label(body, SWT.NONE);
		label.setText(Messages.profileDialogProfiles);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		profilesTable = new Table(body, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		profilesTable.setData(WidgetKeys.KEY, KEY_PROFILES);
		profilesTable.setHeaderVisible(true);
		new TableColumn(profilesTable, SWT.NONE).setText(Messages.profileDialogColumnProfile);
		new TableColumn(profilesTable, SWT.NONE).setText(Messages.profileDialogColumnCouloirs);
		offered.forEach((name, couloirs) -> {
			TableItem item = new TableItem(profilesTable, SWT.NONE);
			item.setText(new String[] { name, couloirs.isEmpty() ? Messages.profileDialogUnknown : String.join(", ", couloirs) });
			item.setChecked(profiles.contains(name));
		});
		for (TableColumn column : profilesTable.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 220).applyTo(profilesTable);
		ansText.addModifyListener(e -> check());
		profilesTable.addListener(SWT.Selection, e -> check());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	private void check() {
		String value = ansText.getText().trim();
		String error = value.length() != 10 ? Messages.profileDialogBadAns
				: ansText.getEditable() && taken.contains(value) ? NLS.bind(Messages.profileDialogDuplicate, value) : null;
		setErrorMessage(value.isEmpty() ? null : error);
		List<String> unknown = checked().stream().filter(name -> offered.get(name).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			setMessage(NLS.bind(Messages.profileDialogUnknownChecked, String.join(" ; ", unknown)), IMessageProvider.WARNING);
		} else {
			setMessage(Messages.profileDialogProfilesHint);
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
	}

	private List<String> checked() {
		List<String> checked = new ArrayList<>();
		for (TableItem item : profilesTable.getItems()) {
			if (item.getChecked()) {
				checked.add(item.getText(0));
			}
		}
		return checked;
	}

	@Override
	protected void okPressed() {
		ans = ansText.getText().trim();
		profiles = checked();
		super.okPressed();
	}

	String ans() {
		return ans;
	}

	List<String> profiles() {
		return profiles;
	}
}
