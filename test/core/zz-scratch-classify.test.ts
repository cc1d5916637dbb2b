import { test } from 'vitest';
import { classifyField, classifyDataName } from '../../src/core/classify-field.js';
import { resolveCategory, suggestCategory, categoryLabel, categories, purposes, resolvePurpose } from '../../src/catalog/taxonomy.js';
test('scratch', () => {
  const names = ['email','userEmail','user_email','customer_email','user.email','e-mail','E-Mail-Adresse','email_verified','emailVerified','email_address','ip_address','mac_address','username','user_name','userName','user.name','file_name','company_name','company.name','display_name','first_name','fname','lastName','full_name','name','billing[address][line1]','billingAddress','address.zip','zip','zip_file','state','address.state','title','code','phone_number','phoneNumber','tel','mobile','isMobile','cardNumber','cc-number','cvc','cvv','expiry','tokenExpiry','mm_yy','name_on_card','cardholderName','iban','vat_id','password','confirm_password','showPassword','password_confirmation','otp','2fa','api_key','dob','birth_date','birthday','geburtsdatum','gender','country','city','postal_code','plz','courriel','correo','telefon','handleEmailChange','emailError','message','error.message','q','search','query','website','url','avatar','company','organization','job_title','resume','ssn','passport','line1','address','street','csrf_token','product.name','remoteAddress','userAgent','anonymousId','locale','timezone','referral_email','invite_email','screen_name','login','lastLogin','age','race','comment','consent','nickname'];
  for (const n of names) console.log(n.padEnd(26), classifyDataName(n)?.category);
  const fields = [
    {tag:'input', type:'email'}, {tag:'input', autocomplete:'shipping postal-code'}, {tag:'input', autocomplete:'section-a billing fax tel'},
    {tag:'input', autocomplete:'username webauthn'}, {tag:'input', autocomplete:'phone', type:'tel'}, {tag:'input', autocomplete:'off', name:'email'},
    {tag:'input', type:'file', accept:'image/*'}, {tag:'input', type:'file', accept:'image/*,video/*'}, {tag:'input', type:'file', accept:'.pdf'},
    {tag:'input', type:'date', name:'dob'}, {tag:'input', type:'date', name:'start'}, {tag:'input', type:'submit', name:'email'},
    {tag:'input', type:'checkbox', name:'newsletter', label:'Email me news'}, {tag:'input', label:'Your e-mail'}, {tag:'input', placeholder:'you@example.com'},
    {tag:'PhoneInput'}, {tag:'PasswordInput', name:'pw'}, {tag:'div', name:'email'}, {tag:'Input', name:'email'}, {tag:'el-input', name:'phone'},
    {tag:'input', autocomplete:'name', name:'first_name'}, {tag:'input', type:'search', placeholder:'Search by name or email'}, {tag:'textarea', name:'message'},
    {tag:'input', label:'Téléphone'}, {tag:'input', label:'Mot de passe'}, {tag:'input', placeholder:'MM / YY'}, {tag:'input', placeholder:'1234 1234 1234 1234'},
  ];
  for (const f of fields) console.log(JSON.stringify(f).padEnd(70), JSON.stringify(classifyField(f)));
  for (const s of ['user.contact.emial','contact.email','user.email','emial','user.contact.adress','user.finacial','payment-card','phone-nmuber']) console.log(s, '→', suggestCategory(s));
  console.log(resolveCategory('billing_info'), resolveCategory('E-Mail'), resolveCategory('online_identifier'), resolveCategory('device_browser_info'));
  console.log(categoryLabel('user.contact.email'), '|', categoryLabel('user.device.ip_address'), '|', categoryLabel('user.foo_bar'));
  console.log(categories.length, purposes.length, resolvePurpose('analytics'));
  console.log(JSON.stringify(purposes.find(p=>p.key==='analytics.reporting.system.performance')));
});
