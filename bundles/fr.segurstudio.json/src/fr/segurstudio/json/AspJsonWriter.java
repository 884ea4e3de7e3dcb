package fr.segurstudio.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.FieldValues;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.RawValue;
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
				if (feature.feature() == SegurPackage.Literals.DOSSIER__DEMANDES && RawValues.get(dossier, feature.feature()) == null) {
					g.writeFieldName(feature.key());
					int[] numLigne = { 1 };
					// elements of lignesImport kept as written have their place in the whole file's array only
					List<RawValue> raws = demandes == dossier.getDemandes() ? RawValues.of(dossier, feature.feature()) : List.of();
					writeObjects(g, demandes, raws, demande -> writeObject(g, demande, options, numLigne[0]++));
				} else {
					writeMember(g, dossier, feature, options, 0);
				}
			}
			g.writeEndObject();
			g.writeRaw('\n');
		}
	}

	private void writeObject(JsonGenerator g, EObject object, Options options, int numLigne) throws IOException {
		g.writeStartObject();
		for (AspFeatureMapping feature : AspClassMapping.of(object.eClass()).features()) {
			writeMember(g, object, feature, options, numLigne);
		}
		g.writeEndObject();
	}

	/**
	 * The member of a feature: its key and value; a value kept as written ({@link RawValues}) is written so, a
	 * missing key stays missing. A deposit writes what the ASP fills null and numbers the requests 1..n (seed §3.2).
	 */
	private void writeMember(JsonGenerator g, EObject object, AspFeatureMapping mapping, Options options, int numLigne)
			throws IOException {
		boolean deposit = options.newRequests() && (mapping.isExportNull() || mapping.isRenumbered());
		RawValue raw = deposit ? null : RawValues.get(object, mapping.feature());
		if (raw != null) {
			if (!RawValues.isAbsent(raw)) {
				g.writeFieldName(mapping.key());
				RawJson.write(g, raw.getJson());
			}
			return;
		}
		g.writeFieldName(mapping.key());
		writeValue(g, object, mapping, options, numLigne);
	}

	@SuppressWarnings("unchecked")
	private void writeValue(JsonGenerator g, EObject object, AspFeatureMapping mapping, Options options, int numLigne)
			throws IOException {
		EStructuralFeature feature = mapping.feature();
		if (mapping.isRenumbered()) {
			g.writeNumber(numLigne);
		} else if (options.newRequests() && mapping.isExportNull()) {
			g.writeNull();
		} else if (options.newRequests() && mapping.emptyWhen() != null && mapping.emptyWhen().holds(object)
				&& FieldValues.isEmptyForm(object, mapping)) {
			writeEmpty(g, mapping); // "à ne pas renseigner": one written form in a deposit (asp-json.md §7: MDV STRUCTURE isMandataire null)
		} else if (mapping.kind() == ValueKind.OBJECT) {
			if (feature.isMany()) {
				writeObjects(g, (List<EObject>) object.eGet(feature), RawValues.of(object, feature),
						child -> writeObject(g, child, options, numLigne));
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
			List<?> values = (List<?>) object.eGet(feature);
			g.writeStartArray();
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				RawValue raw = value == null ? RawValues.get(object, feature, i) : null;
				if (raw != null && !RawValues.isAbsent(raw)) {
					RawJson.write(g, raw.getJson());
				} else {
					writeScalar(g, mapping.kind(), value);
				}
			}
			g.writeEndArray();
		} else {
			writeScalar(g, mapping.kind(), FieldValues.get(object, feature));
		}
	}

	/** Writes one object of a list. */
	@FunctionalInterface
	private interface ObjectWriter<T> {
		void write(T object) throws IOException;
	}

	/**
	 * An array of objects with the elements of it kept as written ({@link RawValue#getIndex()}: their place in the
	 * array), each at its place among the objects; those whose place is beyond the objects come last, in order.
	 */
	private static <T> void writeObjects(JsonGenerator g, List<T> objects, List<RawValue> raws, ObjectWriter<T> writer) throws IOException {
		List<RawValue> elements = raws.stream().filter(raw -> raw.getIndex() >= 0).sorted(Comparator.comparingInt(RawValue::getIndex)).toList();
		int next = 0;
		int place = 0;
		g.writeStartArray();
		for (T object : objects) {
			for (; next < elements.size() && elements.get(next).getIndex() <= place; next++, place++) {
				RawJson.write(g, elements.get(next).getJson());
			}
			writer.write(object);
			place++;
		}
		for (; next < elements.size(); next++) {
			RawJson.write(g, elements.get(next).getJson());
		}
		g.writeEndArray();
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
