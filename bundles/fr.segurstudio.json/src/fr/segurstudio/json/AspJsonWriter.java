package fr.segurstudio.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspValues;
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
		} else if (feature instanceof EReference) {
			if (feature.isMany()) {
				g.writeStartArray();
				for (Object child : (List<?>) object.eGet(feature)) {
					writeObject(g, (EObject) child, options, numLigne);
				}
				g.writeEndArray();
			} else {
				EObject child = (EObject) object.eGet(feature);
				if (child != null) {
					writeObject(g, child, options, numLigne);
				} else if ("{}".equals(mapping.absentAs())) {
					g.writeStartObject();
					g.writeEndObject();
				} else {
					g.writeNull();
				}
			}
		} else if (feature.isMany()) {
			g.writeStartArray();
			for (Object value : (List<?>) object.eGet(feature)) {
				writeScalar(g, value);
			}
			g.writeEndArray();
		} else if (((EAttribute) feature).isUnsettable() && !object.eIsSet(feature)) {
			g.writeNull();
		} else {
			writeScalar(g, object.eGet(feature));
		}
	}

	private static void writeScalar(JsonGenerator g, Object value) throws IOException {
		if (value == null) {
			g.writeNull();
		} else if (value instanceof String s) {
			g.writeString(s);
		} else if (value instanceof Boolean b) {
			g.writeBoolean(b);
		} else if (value instanceof BigDecimal amount) {
			g.writeNumber(AspValues.formatMontant(amount));
		} else if (value instanceof Integer i) {
			g.writeNumber(i);
		} else if (value instanceof LocalDate date) {
			g.writeString(AspValues.formatDate(date));
		} else if (value instanceof Enumerator literal) {
			g.writeString(literal.getLiteral());
		} else {
			g.writeString(String.valueOf(value));
		}
	}
}
