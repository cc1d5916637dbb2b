// Facebook JavaScript SDK and social plugins (Like, Share, Page, Comments): https://developers.facebook.com/docs/javascript
import type { VendorEntry } from '../types.js';

/*
 * The JavaScript SDK script and its `FB` global are attributed here; the same SDK also runs Facebook
 * Login, which `facebook-login` recognises by `FB.login` and its own packages (see that entry).
 */
export default {
  id: 'facebook-social-plugins',
  name: 'Facebook social plugins',
  aliases: ['Facebook SDK', 'Facebook Like button', 'Meta social plugins'],
  service: 'social_widget',
  docs: 'https://developers.facebook.com/docs/javascript',
  packages: ['react-facebook'],
  init: ['react-facebook#FacebookProvider', 'FB.init'],
  hosts: ['connect.facebook.net/*/sdk.js', 'connect.facebook.net/*/all.js', 'www.facebook.com/plugins', 'staticxx.facebook.com'],
  globals: ['FB', 'fbAsyncInit'],
  // Plugins load from facebook.com, so Meta sees the page URL and its own cookies for logged-in users.
  receives: ['user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  collects: ['user.behavior.browsing_history', 'user.device.browser'],
} satisfies VendorEntry;
