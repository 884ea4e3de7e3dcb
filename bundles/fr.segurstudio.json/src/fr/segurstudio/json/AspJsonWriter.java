package fr.segurstudio.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.FieldValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;

/**
 * Writes the ASP JSON of a dossier (or of some of its requests), exactly as the seeds' tables ask and
 * generically: keys, their order, nulls and value forms come from the .ecore annotations of each couloir.
 * UTF-8, two-space layout, LF, a final newline: the same model always gives the same bytes.
 */
public final class AspJsonWriter {

	/** What the ASP fills is written null: for files to deposit. */
	public static final Options DEPOSIT = new Options(true);
	/** Every value as the model holds it (numeroASP of an accepted request...): for conversions. */
	public static final Options FAITHFUL = new Options(false);

	/** @param newRequests write impId, numeroASP, codeTraitement and libelleTraitement null (seed §3.2) */
	public record Options(boolean newRequests) {
	}

	private static final JsonFactory FACTORY = new JsonFactory();

	public byte[] toBytes(Dossier dossier, Options options) {
		return toBytes(dossier, dossier.getDemandes(), options);
	}

	public byte[] toBytes(Dossier dossier, List<Demande> demandes, Options options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + 3000 * demandes.size());
		try {
			write(dossier, demandes, out, options);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The file of {@code demandes} (a part of the dossier's requests), numLigne renumbered 1..n. */
	public void write(Dossier dossier, List<Demande> demandes, OutputStream out, Options options) throws IOException {
		try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			g.setPrettyPrinter(new AspPrettyPrinter());
			g.writeStartObject();
			for (AspFeatureMapping feature : AspClassMapping.of(dossier.eClass()).features()) {
				g.writeFieldName(feature.key());
				if (feature.feature() == SegurPackage.Literals.DOSSIER__DEMANDES) {
					g.writeStartArray();
					int numLigne = 1;
					for (Demande demande : demandes) {
						writeObject(g, demande, options, numLigne++);
					}
					g.writeEndArray();
				} else {
					writeValue(g, dossier, feature, options, 0);
				}
			}
			g.writeEndObject();
			g.writeRaw('\n');
		}
	}

	private void writeObject(JsonGenerator g, EObject object, Options options, int numLigne) throws IOException {
		g.writeStartObject();
		for (AspFeatureMapping feature : AspClassMapping.of(object.eClass()).features()) {
			g.writeFieldName(feature.key());
			writeValue(g, object, feature, options, numLigne);
		}
		g.writeEndObject();
	}

	private void writeValue(JsonGenerator g, EObject object, AspFeatureMapping mapping, Options options, int numLigne)
			throws IOException {
		EStructuralFeature feature = mapping.feature();
		if (mapping.isRenumbered()) {
			g.writeNumber(numLigne);
		} else if (options.newRequests() && mapping.isExportNull()) {
			g.writeNull();
		} else if (mapping.emptyWhen() != null && mapping.emptyWhen().holds(object) && FieldValues.isEmptyForm(object, mapping)) {
			writeEmpty(g, mapping); // "à ne pas renseigner": one written form (asp-json.md §7: MDV STRUCTURE isMandataire null)
		} else if (mapping.kind() == ValueKind.OBJECT) {
			if (feature.isMany()) {
				g.writeStartArray();
				for (Object child : (List<?>) object.eGet(feature)) {
					writeObject(g, (EObject) child, options, numLigne);
				}
				g.writeEndArray();
			} else if (FieldValues.isEmptyObject(object, mapping)) {
				writeEmpty(g, mapping);
			} else {
				EObject child = (EObject) object.eGet(feature);
				if (child != null) {
					writeObject(g, child, options, numLigne);
				} else {
					g.writeNull();
				}
			}
		} else if (feature.isMany()) {
			g.writeStartArray();
			for (Object value : (List<?>) object.eGet(feature)) {
				writeScalar(g, mapping.kind(), value);
			}
			g.writeEndArray();
		} else {
			writeScalar(g, mapping.kind(), FieldValues.get(object, feature));
		}
	}

	/** The empty form of a value: [] for a list, the seed's {} for an object it writes so, else null. */
	private static void writeEmpty(JsonGenerator g, AspFeatureMapping mapping) throws IOException {
		if (mapping.isList()) {
			g.writeStartArray();
			g.writeEndArray();
		} else if ("{}".equals(mapping.absentAs())) {
			g.writeStartObject();
			g.writeEndObject();
		} else {
			g.writeNull();
		}
	}

	/** Bare or quoted as the value kind says; the text is the kind's canonical form. */
	private static void writeScalar(JsonGenerator g, ValueKind kind, Object value) throws IOException {
		if (value == null) {
			g.writeNull();
		} else if (kind.isBare()) {
			g.writeRawValue(kind.format(value));
		} else {
			g.writeString(kind.format(value));
		}
	}
}
