// Mapbox GL JS and Mapbox search/geocoding SDKs: https://docs.mapbox.com/mapbox-gl-js/guides/
import type { VendorEntry } from '../types.js';

export default {
  id: 'mapbox',
  name: 'Mapbox',
  aliases: ['Mapbox, Inc.'],
  service: 'other',
  docs: 'https://docs.mapbox.com/mapbox-gl-js/guides/',
  // Not `@mapbox/*`: the scope also holds build tools (`@mapbox/node-pre-gyp`) that say nothing about maps.
  packages: ['mapbox-gl', '@mapbox/mapbox-gl-geocoder', '@mapbox/mapbox-sdk', '@mapbox/search-js-react', '@mapbox/search-js-web', '@mapbox/mapbox-gl-directions'],
  init: ['mapbox-gl#Map', 'mapboxgl.Map'],
  hosts: ['api.mapbox.com', 'events.mapbox.com'],
  globals: ['mapboxgl'],
  // mapbox-gl sends anonymous usage telemetry to events.mapbox.com.
  receives: ['user.device.ip_address', 'user.device.browser'],
  collects: ['user.device.browser'],
  dataCalls: ['@mapbox/mapbox-sdk/services/geocoding#default().forwardGeocode|reverseGeocode', '@mapbox/search-js-react#AddressAutofill|SearchBox'],
} satisfies VendorEntry;
