package fr.segurstudio.forms.swt.renderers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.IControlContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import fr.segurstudio.forms.Choice;

/**
 * Suggestions as one types where a value comes from a list (operator codes, enumerations, piece types): the choices
 * whose code or label contains what was typed, case and accents aside ({@code mailiz}, {@code hop}, {@code CH _2}). The
 * list opens by itself after a short pause in the typing of a letter or a digit (JFace's auto-activation), or on
 * Ctrl+Space; choosing gives the exact code.
 */
final class ChoiceProposals implements IContentProposalProvider {

	/** Proposals shown at most at once. */
	private static final int MAX_PROPOSALS = 60;
	/** The pause after a key before the list opens (milliseconds). */
	private static final int DELAY = 250;
	/** The keys that open the list as one types: letters (accented too), digits, the codes' signs. */
	private static final char[] ACTIVATION;

	static {
		StringBuilder keys = new StringBuilder("_-");
		for (char c = 'a'; c <= 'z'; c++) {
			keys.append(c).append(Character.toUpperCase(c));
		}
		for (char c = '0'; c <= '9'; c++) {
			keys.append(c);
		}
		String accented = "àâäçéèêëîïôöùûüÿœæ";
		keys.append(accented).append(accented.toUpperCase(Locale.FRENCH));
		ACTIVATION = keys.toString().toCharArray();
	}

	private final List<Choice> choices;
	private final List<String[]> folded = new ArrayList<>();

	ChoiceProposals(List<Choice> choices) {
		this.choices = List.copyOf(choices);
		for (Choice choice : choices) {
			folded.add(new String[] { fold(choice.code()), fold(choice.label() == null ? "" : choice.label()) });
		}
	}

	/** Proposals on this control, as one types and on Ctrl+Space; the content adapter reads and writes its value. */
	ContentProposalAdapter attach(Control control, IControlContentAdapter content) {
		ContentProposalAdapter adapter = new ContentProposalAdapter(control, content, this, KeyStroke.getInstance(SWT.CTRL, ' '), ACTIVATION);
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		adapter.setAutoActivationDelay(DELAY);
		adapter.setPropagateKeys(true);
		return adapter;
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		String typed = fold(contents.trim());
		List<IContentProposal> proposals = new ArrayList<>();
		for (int i = 0; i < choices.size() && proposals.size() < MAX_PROPOSALS; i++) {
			if (typed.isEmpty() || folded.get(i)[0].contains(typed) || folded.get(i)[1].contains(typed)) {
				Choice choice = choices.get(i);
				proposals.add(new ContentProposal(choice.code(), choice.display(), choice.label()));
			}
		}
		return proposals.toArray(IContentProposal[]::new);
	}

	/** The codes proposed for a text (for tests). */
	List<String> codes(String typed) {
		List<String> codes = new ArrayList<>();
		for (IContentProposal proposal : getProposals(typed, typed.length())) {
			codes.add(proposal.getContent());
		}
		return codes;
	}

	/** Lower case, without accents: what a search compares. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}
}
