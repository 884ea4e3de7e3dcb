package fr.segurstudio.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Inject;

import fr.segurstudio.dsl.segurDsl.AbsentValue;
import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.BooleanValue;
import fr.segurstudio.dsl.segurDsl.DateValue;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.JsonLiteral;
import fr.segurstudio.dsl.segurDsl.ListValue;
import fr.segurstudio.dsl.segurDsl.NameValue;
import fr.segurstudio.dsl.segurDsl.NullValue;
import fr.segurstudio.dsl.segurDsl.NumberValue;
import fr.segurstudio.dsl.segurDsl.Scalar;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;
import fr.segurstudio.dsl.segurDsl.StringValue;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;

/**
 * Saves a model edited elsewhere (forms) into the text it was read from, changing only the text of what
 * changed: a value's token is replaced, an entry or a request added or removed; everything else —
 * comments, blank lines, the user's layout — stays byte for byte. What is added is written in the
 * canonical layout, indented as its neighbours. (The role of Xtext's ChangeSerializer, for this
 * generic syntax.)
 */
public class TextUpdater {

	@Inject
	private TextWriter writer;

	@Inject
	private TextStructure structure;

	@Inject
	private DossierBuilder builder;

	@Inject
	private ISerializer serializer;

	@Inject
	private TextResources resources;

	@Inject
	private IValueConverterService converters;

	/**
	 * @param original the model read from {@code text}, whose objects the caller then edited
	 * @return the edits that turn the text into that of the edited model
	 */
	public List<TextEdit> edits(BuiltDossier original, String text) {
		BuiltDossier pristine = builder.build(original.text()); // the values as the text still says them
		TextWriter.Written fresh = writer.write(original.dossier());
		resources.attach(fresh.text());
		Run run = new Run(original.trace(), pristine.trace(), fresh.trace(), text);
		run.object(original.dossier());
		return run.edits;
	}

	private final class Run {
		private final Trace trace;
		private final Trace pristine;
		private final Trace fresh;
		private final String text;
		final List<TextEdit> edits = new ArrayList<>();

		Run(Trace trace, Trace pristine, Trace fresh, String text) {
			this.trace = trace;
			this.pristine = pristine;
			this.fresh = fresh;
			this.text = text;
		}

		void object(EObject object) {
			EObject node = trace.node(object);
			EObject before = pristine.object(node);
			if (object instanceof Demande demande && node instanceof DemandeText demandeText) {
				header(demande, demandeText);
			}
			for (EStructuralFeature feature : structure.rawOnly(object.eClass())) {
				if (!(feature instanceof EReference)) {
					value(object, before, feature, node); // numLigne, numeroEditeur kept as written
				}
			}
			for (EStructuralFeature feature : structure.features(object.eClass())) {
				if (feature instanceof EReference reference && reference.isMany()) {
					children(object, before, reference, node);
				} else {
					value(object, before, feature, node);
				}
			}
			if (object instanceof Dossier dossier) {
				requests(dossier, (DossierText) node);
			}
		}

		private void header(Demande demande, DemandeText node) {
			if (Objects.equals(demande.getNumeroEditeur(), node.getNumeroEditeur())) {
				return;
			}
			List<INode> number = NodeModelUtils.findNodesForFeature(node, SegurDslPackage.Literals.DEMANDE_TEXT__NUMERO_EDITEUR);
			String quoted = demande.getNumeroEditeur() == null ? "" : "\"" + demande.getNumeroEditeur() + "\"";
			if (!number.isEmpty()) {
				replace(number.get(0), quoted);
			} else {
				INode keyword = NodeModelUtils.findActualNodeFor(node).getFirstChild();
				edits.add(new TextEdit(keyword.getEndOffset(), 0, " " + quoted));
			}
		}

		private void value(EObject object, EObject before, EStructuralFeature feature, EObject node) {
			Entry old = trace.entry(object, feature);
			Entry now = fresh.entry(object, feature);
			if (old == null && now != null) {
				insert(node, lastEntryBefore(object, feature, node), serialize(now));
			} else if (old != null && now == null) {
				delete(old);
			} else if (old != null) {
				if (feature instanceof EReference) {
					EObject child = (EObject) object.eGet(feature);
					if (child != null && trace.node(child) == old.getValue() && RawValues.get(object, feature) == null) {
						object(child);
						return;
					}
					replace(NodeModelUtils.findActualNodeFor(old.getValue()), serialize(now.getValue()));
				} else if (before == null || !Objects.equals(object.eGet(feature), before.eGet(feature)) || !sameRaws(object, before, feature)) {
					replace(NodeModelUtils.findActualNodeFor(old.getValue()), serialize(now.getValue()));
				}
			}
		}

		private void children(EObject object, EObject before, EReference reference, EObject node) {
			List<?> children = (List<?>) object.eGet(reference);
			List<Entry> olds = trace.entries(object, reference);
			boolean rawsKept = before != null && sameRaws(object, before, reference);
			for (Entry old : olds) {
				if (!(old.getValue() instanceof Block) && rawsKept) {
					continue; // a value kept as written, unchanged
				}
				EObject child = trace.object(old.getValue());
				if (child == null || !children.contains(child)) {
					delete(old);
				}
			}
			if (!rawsKept) { // the values kept as written went, or came: written again, after the entries of the list
				for (Entry now : fresh.entries(object, reference)) {
					if (!(now.getValue() instanceof Block)) {
						insert(node, olds.isEmpty() ? lastEntryBefore(object, reference, node) : olds.get(olds.size() - 1), serialize(now));
					}
				}
			}
			EObject previous = null;
			for (int i = 0; i < children.size(); i++) {
				EObject child = (EObject) children.get(i);
				EObject childNode = trace.node(child);
				if (childNode != null && childNode.eContainer() instanceof Entry entry && olds.contains(entry)) {
					object(child);
					previous = entry;
				} else {
					Entry now = fresh.entries(object, reference).stream().filter(e -> e.getValue() == fresh.node(child)).findFirst().orElseThrow();
					insert(node, previous != null ? previous : lastEntryBefore(object, reference, node), serialize(now));
				}
			}
		}

		private void requests(Dossier dossier, DossierText node) {
			List<DemandeText> olds = node.getMembers().stream().filter(DemandeText.class::isInstance).map(DemandeText.class::cast).toList();
			for (DemandeText old : olds) {
				EObject demande = trace.object(old);
				if (demande == null || !dossier.getDemandes().contains(demande)) {
					delete(old);
				}
			}
			// a new request goes after the request before it in the model (its text, or the header's last entry)
			EObject anchor = null;
			for (EObject member : node.getMembers()) {
				if (member instanceof DemandeText) {
					break;
				}
				anchor = member;
			}
			for (Demande demande : dossier.getDemandes()) {
				EObject demandeNode = trace.node(demande);
				if (demandeNode != null) {
					object(demande);
					anchor = demandeNode;
				} else {
					insert(node, anchor, "\n" + serialize(fresh.node(demande)));
				}
			}
		}

		/** True when the two objects (of two models) hold the same values of this feature kept as written. */
		private boolean sameRaws(EObject object, EObject before, EStructuralFeature feature) {
			return written(object, feature).equals(written(before, feature));
		}

		private List<String> written(EObject object, EStructuralFeature feature) {
			return RawValues.of(object, feature).stream().map(raw -> raw.getIndex() + ":" + raw.getJson()).sorted().toList();
		}

		/** The last entry of the node written before this feature (the fields keep the order of the seed's table). */
		private EObject lastEntryBefore(EObject object, EStructuralFeature feature, EObject node) {
			EObject last = null;
			for (EStructuralFeature f : structure.features(object.eClass())) {
				if (f == feature) {
					break;
				}
				List<Entry> entries = trace.entries(object, f);
				if (!entries.isEmpty()) {
					last = entries.get(entries.size() - 1);
				}
			}
			return last;
		}

		/**
		 * Replaces a node's text. A fragment of several lines (a block written again) is written in the canonical
		 * layout from the node's own line: its next lines indented as that line is, as {@link #insert} does.
		 */
		private void replace(INode node, String replacement) {
			if (replacement.indexOf('\n') >= 0) {
				String indent = indentation(text.lastIndexOf('\n', node.getOffset() - 1) + 1);
				replacement = replacement.strip().replace("\n", "\n" + indent);
			}
			edits.add(new TextEdit(node.getOffset(), node.getLength(), replacement));
		}

		/** Removes an element with its line (and the blank line before a request). */
		private void delete(EObject element) {
			INode node = NodeModelUtils.findActualNodeFor(element);
			int start = node.getOffset();
			int end = node.getEndOffset();
			int lineStart = text.lastIndexOf('\n', start - 1) + 1;
			int lineEnd = text.indexOf('\n', end);
			if (text.substring(lineStart, start).isBlank() && (lineEnd < 0 || text.substring(end, lineEnd).isBlank())) {
				start = lineStart;
				end = lineEnd < 0 ? text.length() : lineEnd + 1;
				if (element instanceof DemandeText) {
					int previousLine = text.lastIndexOf('\n', start - 2) + 1;
					if (start > 0 && text.substring(previousLine, start).isBlank()) {
						start = previousLine;
					}
				}
			}
			edits.add(new TextEdit(start, end - start, ""));
		}

		/** Inserts after {@code previous} (or first in {@code container}) a fragment written in the canonical layout. */
		private void insert(EObject container, EObject previous, String fragment) {
			INode containerNode = NodeModelUtils.findActualNodeFor(container);
			int containerLine = text.lastIndexOf('\n', containerNode.getOffset() - 1) + 1;
			String containerIndent = indentation(containerLine);
			String indent = containerIndent + "  ";
			String body = fragment.strip().replace("\n", "\n" + indent);
			if (previous != null) {
				int at = NodeModelUtils.findActualNodeFor(previous).getEndOffset();
				edits.add(new TextEdit(at, 0, (fragment.startsWith("\n") ? "\n" : "") + "\n" + indent + body));
				return;
			}
			int open = text.indexOf('{', containerNode.getOffset());
			int close = text.indexOf('}', open);
			boolean empty = text.substring(open + 1, close).isBlank();
			edits.add(new TextEdit(open + 1, empty ? close - open - 1 : 0, "\n" + indent + body + (empty ? "\n" + containerIndent : "")));
		}

		private String indentation(int lineStart) {
			int i = lineStart;
			while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
				i++;
			}
			return text.substring(lineStart, i);
		}
	}

	private String serialize(EObject element) {
		String text = scalarEntry(element);
		return text != null ? text : serializer.serialize(element, SaveOptions.newBuilder().format().getOptions());
	}

	/**
	 * The canonical text of a value, or of a field with a value, that is one token or a list of tokens, as
	 * the formatting serializer writes it ({@code name value}, {@code [a, b]}) but without running it: a save
	 * changing a few hundred values (a portal's return) costs a few milliseconds instead of seconds. Null for
	 * anything else (blocks), which the serializer writes.
	 */
	private String scalarEntry(EObject element) {
		if (element instanceof Entry entry) {
			EStructuralFeature feature = entry.getFeature();
			String value = entry.getValue() == null ? null : scalarEntry(entry.getValue());
			if (feature == null || feature.eIsProxy() || value == null) {
				return null;
			}
			return converters.toString(TextStructure.name(feature), "FeatureName") + " " + value;
		}
		if (element instanceof ListValue list) {
			if (list.getItems().isEmpty()) {
				return null;
			}
			StringBuilder text = new StringBuilder("[");
			for (Scalar item : list.getItems()) {
				String token = scalarEntry(item);
				if (token == null) {
					return null;
				}
				text.append(text.length() > 1 ? ", " : "").append(token);
			}
			return text.append(']').toString();
		}
		return switch (element) {
		case StringValue v -> v.getValue() == null ? null : converters.toString(v.getValue(), "STRING");
		case NameValue v -> v.getValue();
		case NumberValue v -> v.getValue();
		case DateValue v -> v.getValue();
		case BooleanValue v -> v.getValue();
		case NullValue v -> "null";
		case AbsentValue v -> "absent";
		case JsonLiteral v -> v.getValue() == null ? null : converters.toString(v.getValue(), "JSON");
		default -> null;
		};
	}
}
