// Firebase JavaScript SDK (Auth, Firestore, Realtime Database, Storage) and Admin SDK: https://firebase.google.com/docs/web/setup
import type { VendorEntry } from '../types.js';

export default {
  id: 'firebase',
  name: 'Firebase',
  aliases: ['Google Firebase', 'Firebase Authentication', 'Cloud Firestore'],
  service: 'database',
  docs: 'https://firebase.google.com/docs/web/setup',
  privacyPolicy: 'https://firebase.google.com/support/privacy',
  // Firebase Auth is one product of the SDK and shares its package, so it is part of this entry.
  packages: ['firebase', '@firebase/*', 'reactfire', '@angular/fire'],
  serverPackages: ['firebase-admin'],
  init: ['firebase#initializeApp', 'firebase/*#initializeApp', '@firebase/app#initializeApp', 'reactfire#FirebaseAppProvider', '@angular/fire/app#provideFirebaseApp', 'firebase.initializeApp'],
  hosts: [
    '*.firebaseio.com',
    '*.firebaseapp.com',
    'firestore.googleapis.com',
    'firebasestorage.googleapis.com',
    'identitytoolkit.googleapis.com',
    'securetoken.googleapis.com',
    'firebaseinstallations.googleapis.com',
  ],
  globals: ['firebase'],
  receives: ['user.contact.email', 'user.authorization.password', 'user.unique_id', 'user.content.private', 'user.device.ip_address', 'user.device.browser'],
  storage: [
    // Firebase Auth persists the signed-in user in IndexedDB by default (browserLocalPersistence).
    { name: 'firebaseLocalStorageDb', type: 'indexeddb', category: 'strictly_necessary', duration: 'persistent', contains: ['system.authentication', 'user.contact.email', 'user.unique_id'] },
  ],
  dataCalls: [
    'firebase/auth#createUserWithEmailAndPassword|signInWithEmailAndPassword|updateProfile|updateEmail|signInWithPhoneNumber',
    'firebase/firestore#setDoc|addDoc|updateDoc',
    'firebase/database#set|push|update',
    'firebase/storage#uploadBytes|uploadBytesResumable|uploadString',
    'firebase-admin/auth#getAuth().createUser|updateUser',
  ],
} satisfies VendorEntry;
