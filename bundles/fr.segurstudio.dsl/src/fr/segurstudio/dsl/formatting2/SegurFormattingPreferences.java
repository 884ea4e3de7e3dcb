package fr.segurstudio.dsl.formatting2;

import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

/** Two spaces and LF, as the exported JSON: .segur files diff cleanly under git on every system. */
public class SegurFormattingPreferences implements IPreferenceValuesProvider {

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		return new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), "  ",
				FormatterPreferenceKeys.lineSeparator.getId(), "\n"));
	}
}
