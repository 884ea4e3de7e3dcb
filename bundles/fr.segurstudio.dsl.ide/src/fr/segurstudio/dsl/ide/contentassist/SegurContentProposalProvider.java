package fr.segurstudio.dsl.ide.contentassist;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import fr.segurstudio.dsl.model.BuiltDossier;
import fr.segurstudio.dsl.model.BuiltDossiers;
import fr.segurstudio.dsl.model.TextLiterals;
import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.services.SegurGrammarAccess;
import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.model.dossier.NumerosEditeur;

/**
 * Completion of a .segur text: the field names valid at the cursor come from scoping (the couloir's
 * fields); here, the values a field takes — enumeration literals, codes of a list with their labels (the
 * 355 operators), the couloir's piece types, true/false, today's date — and the next free numeroEditeur
 * after {@code demande}.
 */
public class SegurContentProposalProvider extends IdeContentProposalProvider {

	private static final Pattern WORD = Pattern.compile("[a-z]+");

	@Inject
	private SegurGrammarAccess grammar;

	@Inject
	private TextStructure structure;

	@Inject
	private BuiltDossiers built;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getEntryAccess().getValueAssignment_1()) {
			values(context, acceptor);
		} else if (assignment == grammar.getDemandeTextAccess().getNumeroEditeurAssignment_1()) {
			nextNumero(context, acceptor);
		} else if (GrammarUtil.containingRule(assignment) == grammar.getScalarRule()) {
			// a value's own tokens: what fits the field is proposed by values(), not the rule's name "value"
		} else {
			super._createProposals(assignment, context, acceptor);
		}
	}

	/** Punctuation is typed, not chosen from a list; words (demande, null, true…) are proposed. */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return WORD.matcher(keyword.getValue()).matches() && super.filterKeyword(keyword, context);
	}

	private void values(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject model = context.getCurrentModel();
		if (!(model instanceof Entry entry) || entry.getFeature() == null || entry.getFeature().eIsProxy()) {
			return;
		}
		EStructuralFeature feature = entry.getFeature();
		if (feature instanceof EReference) {
			propose("{", "{ … }", "un bloc " + TextStructure.name(feature), context, acceptor, 600);
			return;
		}
		if (feature.isMany()) {
			propose("[]", "[ … ]", "une liste de valeurs", context, acceptor, 600);
			return;
		}
		ValueKind kind = ValueKind.of(feature);
		for (String choice : kind.choices(feature)) {
			String description = kind == ValueKind.BOOLEAN ? ("true".equals(choice) ? "oui" : "non") : TextStructure.name(feature);
			propose(choice, choice, description, context, acceptor, 700);
		}
		if (kind == ValueKind.DATE) {
			String today = AspValues.formatDate(LocalDate.now());
			propose(today, today, "aujourd'hui", context, acceptor, 700);
		}
		if (kind != ValueKind.TEXT) {
			return;
		}
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		String codeList = mapping == null ? null : mapping.codeList();
		if (AspAnnotation.TYPES_PIECES.equals(codeList)) {
			Couloir couloir = structure.couloir(entry);
			if (couloir != null) {
				for (TypePiece piece : couloir.typesPieces()) {
					propose(piece.type(), piece.type() + " (" + piece.code() + ")", piece.label(), context, acceptor, 700);
				}
			}
		} else if (codeList != null) {
			structure.registry().codeList(codeList).ifPresent(list -> codes(list, context, acceptor));
		}
	}

	private void codes(CodeList list, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (Map.Entry<String, String> code : list.entries().entrySet()) {
			String text = TextLiterals.code(code.getKey());
			propose(text, code.getKey() + " – " + code.getValue(), code.getValue(), context, acceptor, 700);
		}
	}

	private void nextNumero(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		BuiltDossier dossier = built.of(context.getResource());
		if (dossier != null) {
			String numero = NumerosEditeur.next(dossier.dossier());
			propose("\"" + numero + "\"", numero, "prochain numéro éditeur libre", context, acceptor, 800);
		}
	}

	private void propose(String proposal, String label, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, int priority) {
		if (!getProposalCreator().isValidProposal(proposal, context.getPrefix(), context)) {
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context);
		if (entry != null) {
			entry.setLabel(label);
			entry.setDescription(description);
			entry.setKind(ContentAssistEntry.KIND_VALUE);
			acceptor.accept(entry, priority);
		}
	}
}
