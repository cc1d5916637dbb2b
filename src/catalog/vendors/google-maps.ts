// Google Maps JavaScript API and loaders: https://developers.google.com/maps/documentation/javascript/overview
import type { VendorEntry } from '../types.js';

export default {
  id: 'google-maps',
  name: 'Google Maps Platform',
  aliases: ['Google Maps', 'Google Places API'],
  service: 'other',
  docs: 'https://developers.google.com/maps/documentation/javascript/overview',
  packages: ['@googlemaps/*', '@react-google-maps/api', '@vis.gl/react-google-maps', 'google-map-react', 'react-google-autocomplete'],
  hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'www.google.com/maps/embed'],
  receives: ['user.device.ip_address', 'user.device.browser'],
  // Addresses typed into Places Autocomplete and geocoding queries go to Google as the user types.
  dataCalls: [
    'google.maps.Geocoder().geocode',
    'google.maps.places.Autocomplete',
    'google.maps.places.AutocompleteSuggestion.fetchAutocompleteSuggestions',
    '@googlemaps/google-maps-services-js#Client().geocode|reverseGeocode|placeAutocomplete',
    '@react-google-maps/api#Autocomplete|StandaloneSearchBox',
  ],
} satisfies VendorEntry;
