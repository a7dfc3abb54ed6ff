// The sandbox's own English UI text. Labels that the documentation names are marked `// doc:` with the
// documented label, so a reviewer sees which strings are a contract with the page; they are written here
// by hand, never read from the page, so the docs check can find drift between the two.
export const enUS = {
  app: {
    title: 'Partner Center',
    skip: 'Skip to main content',
    loading: 'Loading…',
    loadError: "We couldn't load this page. Try again in a moment.",
    retry: 'Try again',
    back: 'Back',
    cancel: 'Cancel',
    externalHint: '(opens another website)',
    signedInAs: 'Signed in as {{company}} (MPN ID {{mpnId}})',
  },
  nav: {
    label: 'Partner Center', // doc: Partner Center (menu)
    partnership: 'Partnership', // doc: Partnership > Offers
    overview: 'Overview',
    offers: 'Offers',
    benefits: 'Benefits', // doc: Benefits
    serviceRequests: 'Service requests', // doc: Service requests > Partner Center requests
    partnerCenterRequests: 'Partner Center requests',
    support: 'Support',
  },
  membership: {
    heading: 'Membership',
    intro:
      "Microsoft's partner program offers the following three membership options, with incremental benefits " +
      'and marketing resources, offers, and programs to help you achieve your business goals.',
    yourLevel: 'Your membership',
    levelNone: 'Not a Microsoft Partner Network member',
    levelNetwork: 'Network member',
    levelActionPack: 'Network member with a Microsoft Action Pack subscription',
    network: 'Network membership',
    networkText:
      'The core membership level, offering entry-level marketing resources for training, support, and customer connections.',
    networkRule: 'You must be a network member to upgrade your membership.',
    actionPack: 'Microsoft Action Pack subscription membership',
    actionPackText: 'An affordable annual subscription, serving small and mid-sized partner companies.',
    competencies: 'Microsoft competencies',
    competenciesText: "An earned designation showcasing your company's capabilities.",
    silver: 'Silver competency - consistent capability, expertise, and commitment',
    gold: 'Gold competency - best-in-class capability within a specific Microsoft solution area',
    goToOffers: 'View offers',
  },
  offers: {
    heading: 'Offers',
    available: 'Available offers', // doc: Available offers
    purchased: 'Purchased offers', // doc: Purchased offers
    noneAvailable: 'There are no offers available to you right now.',
    nonePurchased: "You haven't purchased any offers yet.",
    actionPack: 'Microsoft Action Pack',
    actionPackText:
      'Action Pack is an affordable yearly subscription to services, software, and support for businesses ' +
      'that want to grow their Microsoft practice in the cloud-first, mobile-first world.',
    benefitsHeading: 'Subscribe to Action Pack to:',
    benefits: [
      'Use world-class developer tools to create applications and solutions for your customers on iOS, Android, Linux, and Windows',
      'Get ten Windows 10 Enterprise (upgrade) licenses, three Visual Studio Professional licenses, and a no-cost Visual Studio Team Services account',
      'Get up to ten Office 365 (E3) seats, plus five seats of Enterprise Mobility Suite and Microsoft Dynamics CRM Online Professional',
      'Receive US${{amount}} of Microsoft Azure credits every month',
    ],
    price: '{{price}} per year',
    learnMore: 'More about Microsoft Action Pack',
    subscribeNow: 'Subscribe now', // doc: Subscribe now
    notMember: 'You must be a network member to upgrade your membership.',
    subscription: 'Microsoft Action Pack subscription', // doc: Microsoft Action Pack subscription
    renewsOn: 'Renews automatically on {{date}}',
    expiresOn: 'Expires on {{date}}',
    reminder:
      'Your Microsoft Action Pack subscription expires on {{date}}. Renew it before then to keep your benefits.',
  },
  wizard: {
    heading: 'Subscribe to Microsoft Action Pack',
    renewHeading: 'Renew your Microsoft Action Pack subscription',
    progress: 'Step {{current}} of {{total}}: {{name}}',
    next: 'Next', // doc: Next
    buy: 'Buy', // doc: Buy
    close: 'Close', // doc: Close
    verify: 'Verify your order details',
    termsStep: 'Terms and conditions',
    termsText:
      'By selecting Next, you agree to the {{link}} for internal use rights granted by the Microsoft Partner Network.',
    termsLink: 'Terms and Conditions',
    billingStep: 'Billing information',
    billingText: 'Select Next to add payment details.',
    billingTo: 'Bill to',
    paymentStep: 'Payment details',
    noPaymentMethod: "You don't have a way to pay on file.",
    addWayToPay: 'Get started! Add a way to pay', // doc: Get started! Add a way to pay
    chooseWayToPay: 'Choose a way to pay',
    addAnotherWayToPay: 'Add another way to pay',
    card: '{{brand}} ending in {{last4}}, expires {{month}}/{{year}}',
    cardShort: '{{brand}} •••• {{last4}}',
    newCard: 'Add a credit card',
    holderName: 'Name on card',
    cardNumber: 'Card number',
    expiryMonth: 'Expiration month',
    expiryYear: 'Expiration year',
    securityCode: 'Security code',
    postalCode: 'Billing postal code',
    // Shown for a field the backend refused; the backend's own English message is for API users.
    fieldErrors: {
      holderName: 'Enter the name on the card.',
      cardNumber: 'Enter a valid card number.',
      expiryMonth: 'Choose the expiration month.',
      expiryYear: 'Choose an expiration year that has not passed.',
      securityCode: 'Enter the 3 or 4 digit security code.',
      postalCode: 'Enter the billing postal code.',
    },
    reviewStep: 'Review your order',
    offer: 'Offer',
    term: 'Term',
    termValue: '1 year',
    price: 'Price',
    payWith: 'Payment method',
    chargedNow: 'Your credit card will be charged immediately.',
    processing: 'Processing your order…',
    confirmed: 'Your order is confirmed', // doc: Your order is confirmed
    charged: 'We charged {{amount}} to {{card}} on {{date}}.',
    renewal: 'Your Action Pack subscription will renew automatically each year on this date: {{date}}.',
    saving: 'Saving your payment method…',
    errorDeclined: 'Your card was declined. You have not been charged. Go back and choose another way to pay.',
    errorGeneric: "We couldn't complete your order. You have not been charged. Try again.",
    errorNotMember: 'You must be a network member to upgrade your membership.',
    errorNetwork: "We couldn't reach Partner Center. Check your connection and try again.",
  },
  subscription: {
    heading: 'Microsoft Action Pack subscription',
    details: 'Subscription details',
    status: 'Status',
    active: 'Active',
    startDate: 'Purchase date',
    renewalDate: 'Renewal date',
    autoRenew: 'Automatic renewal',
    on: 'On',
    off: 'Off',
    actions: 'Actions', // doc: Actions
    renew: 'Renew subscriptions', // doc: Renew subscriptions
    turnOff: 'Turn off automatic renewal', // doc: Turn off automatic renewal
    turningOff: 'Turning off automatic renewal…',
    turnedOff: 'Automatic renewal is off. You can turn it back on when you renew your subscription.',
    cannotTurnOn:
      "Automatic renewal is off. You won't be able to turn it back on until you renew the subscription again.",
    turnOffError: "We couldn't turn off automatic renewal. Nothing was changed. Try again.",
    notFound: "We couldn't find that subscription.",
    nextSteps: 'Next steps',
    activate: 'Activate your Action Pack subscription',
    related: 'Related topics',
    addUsers: 'Add users and assign permissions to them',
  },
  support: {
    heading: 'Support',
    intro: 'To cancel your Microsoft Action Pack subscription, contact Partner Center Support.',
    reportProblems: 'Report problems with Partner Center', // doc: Report problems with Partner Center
    pcHeading: 'Partner Center support',
    newRequest: 'New request', // doc: New request
    formHeading: 'New support request',
    typeOfProblem: 'Type of problem', // doc: Type of problem
    chooseType: 'Choose a type of problem',
    types: {
      'billing-invoice-payment': 'Help with partner invoice, payment, or reconciliation file', // doc
      'account-access': 'Account access and user management',
      'offers-and-benefits': 'Offers and benefits',
      'benefit-cancellation': 'Cancel a membership benefit or offer',
      other: 'Other',
    },
    title: 'Title',
    description: 'Description',
    contactName: 'Contact name',
    contactEmail: 'Contact email',
    contactPhone: 'Contact phone number',
    submit: 'Submit', // doc: Submit
    submitting: 'Submitting your request…',
    fixErrors: 'Fill in the required information.',
    submitted: 'Request {{number}} was submitted. The Partner Center Support team will contact you.',
    submitError: "We couldn't submit your request. Nothing was lost; try again.",
    chooseTypeError: 'Choose a type of problem.',
    // Why a cancellation with a refund is refused: the documented refund rule.
    refundRefused: {
      'refund-window-passed': 'A refund is possible only within 30 days of purchase. You purchased on {{date}}.',
      'software-activated': 'A refund is possible only before the software benefits are activated, and they have been.',
      'nothing-to-cancel': "You don't have a membership benefit package to cancel.",
    },
    fieldErrors: {
      problemType: 'Choose a type of problem.',
      title: 'Enter a title.',
      description: 'Describe the problem.',
      contactName: 'Enter a contact name.',
      contactEmail: 'Enter a valid email address.',
      contactPhone: 'Enter a phone number.',
    },
  },
  requests: {
    heading: 'Partner Center requests',
    open: 'Open', // doc: Open
    closed: 'Closed',
    noneOpen: 'You have no open service requests.',
    noneClosed: 'You have no closed service requests.',
    noneAtAll: 'You have no service requests.',
    number: 'Request number',
    created: 'Created on',
    status: 'Status',
    statusOpen: 'Open',
    statusClosed: 'Closed',
    notFound: "We couldn't find that service request.",
    backToList: 'Back to Partner Center requests',
  },
  benefits: {
    heading: 'Benefits', // doc: Benefits (page)
    intro:
      'After you purchase a membership benefit package, get software keys and assign licenses, ' +
      'subscriptions, and other benefits to employees to start using them.',
    tabsLabel: 'Benefit types',
    tabs: {
      software: 'Software', // doc: Software
      cloud: 'Cloud', // doc: Cloud
      'visual-studio': 'Visual Studio subscriptions', // doc: Visual Studio subscriptions
      technical: 'Technical benefits', // doc: Technical benefits
      'go-to-market': 'Go-To-Market', // doc: Go-To-Market
    },
    none: "You don't have any benefits of this type. Benefits come with the membership benefit packages you purchase.",
    noSubscription: 'Subscribe to Microsoft Action Pack to get software, cloud, Visual Studio, and technical benefits.',
    // The control at the far right of each row; the page names it by place ("the down arrow"), so it has a name here.
    expand: 'Details for {{name}}',
    quantity: 'Quantity: {{count}}',
    assigned: 'Assigned: {{count}} of {{total}}',
    technicalNames: {
      support: 'Microsoft product support incidents',
      'advisory-hours': 'Partner advisory hours',
    },
    getKeys: 'Get keys', // doc: Get keys
    gettingKeys: 'Getting your keys…',
    keys: 'Product license keys',
    key: 'Key',
    instructions: 'Special instructions',
    language: 'Language',
    chooseLanguage: 'Choose a language',
    operatingSystem: 'Operating system',
    chooseOperatingSystem: 'Choose an operating system',
    os: { '32-bit': 'Windows, 32-bit', '64-bit': 'Windows, 64-bit' },
    downloads: 'Downloads',
    loadingDownloads: 'Finding the installation packages…',
    download: 'Download {{name}}',
    azureUsage: 'To activate this usage-based subscription, assign yourself as a user.',
    assignYourself: 'Assign yourself as a user',
    azurePortal: 'Manage the subscription in the Microsoft Azure portal',
    visualStudioPortal: 'Users manage their subscriptions in the Visual Studio portal',
    licenseBased: 'To activate this license-based subscription, get the keys and follow the special instructions.',
    user: 'User',
    chooseUser: 'Choose a user',
    userNotListed: "If the user you want to assign isn't in the list, add them in Account settings.",
    alternativeEmail: 'Alternative email address',
    alternativeEmailHint:
      "Different from the user's Partner Center account email. We'll send support instructions to both.",
    assignUser: 'Assign user', // doc: Assign user
    assigning: 'Assigning the user…',
    assignedUsers: 'Assigned users',
    noneAssigned: 'No one is assigned yet.',
    remove: 'Remove {{name}}',
    assignedOn: 'assigned on {{date}}',
    allAssigned: 'Every seat is assigned. Remove an assigned user to assign a different one.',
    activationTakes: 'It can take several days to activate this benefit and email instructions to the assigned user.',
    advisory:
      'Use your advisory hours to request technical assistance during the presales, design, deployment, ' +
      'and app development phases of your cloud and hybrid solutions.',
    requestForm: 'Request form',
    phase: 'Phase',
    choosePhase: 'Choose a phase',
    phases: {
      presales: 'Presales',
      design: 'Design',
      deployment: 'Deployment',
      'app-development': 'App development',
    },
    requestDescription: 'What do you need help with?',
    submitRequest: 'Submit request', // doc: Submit request
    submittingRequest: 'Submitting your request…',
    requestSubmitted: 'Request {{number}} was submitted. A Microsoft technical consultant will contact you.',
    fieldErrors: {
      userId: 'Choose a user.',
      alternativeEmail: 'Enter a valid email address.',
      sameEmail: "Enter an email address different from the user's Partner Center account email.",
      email: 'Enter a valid email address.',
      phone: 'Enter a phone number.',
      language: 'Choose a preferred language.',
      phase: 'Choose a phase.',
      description: 'Describe what you need help with.',
    },
    errors: {
      'already-assigned': '{{name}} is already assigned to this benefit.',
      'no-seats-left': 'Every seat is assigned. Remove an assigned user first.',
      'not-global-admin': 'Only a global admin can assign benefits.',
      'no-marketing-contact': 'Assign a marketing contact before you activate an offer.',
      generic: "We couldn't save your change. What you entered is still here; try again.",
      keys: "We couldn't get your keys. Try again.",
      downloads: "We couldn't find the installation packages. Try again.",
    },
    roleNotice: 'You can view benefits as {{role}}. Only a global admin can assign benefits to employees.',
    becomeAdmin: 'To become a global admin:',
    becomeAdminSteps: [
      'Check with your team: your company may already have a global admin.',
      'Ask a global admin to give you the Global admin role in Account settings > User management.',
      'Sign out and sign back in to Partner Center, then return to Benefits.',
    ],
    roles: {
      'global-admin': 'Global admin',
      'user-admin': 'User admin',
      'admin-agent': 'Admin agent',
      'mpn-partner-admin': 'MPN partner admin',
    },
    marketingContact: 'Marketing contact',
    marketingContactRule:
      'To activate any Go-To-Market offer or program, first assign a company marketing contact. This contact ' +
      'receives follow-up communications about your active Go-To-Market offers.',
    noMarketingContact: 'No marketing contact is assigned.',
    add: 'Add', // doc: Add
    update: 'Update', // doc: Update
    change: 'Change', // doc: Change
    contactEmail: 'Email address',
    contactPhone: 'Contact phone',
    preferredLanguage: 'Preferred language',
    chooseLanguageOption: 'Choose a language',
    contactSaved: '{{name}} is your marketing contact.',
    coreBenefits: { 'silver-core': 'Silver Core', 'gold-core': 'Gold Core' }, // doc: Silver Core, Gold Core
    noOffers: 'No Go-To-Market offers are available for your partner level and competencies.',
    offer: 'Offer',
    offerTypes: {
      'campaign-in-a-box': 'Marketing campaign in a box',
      'solution-finder-listing': 'Listing in the partner solution finder',
      'co-marketing': 'Co-marketing funds',
      'case-study': 'Customer case study',
    },
    status: 'Status', // doc: Status
    statuses: { available: 'Available', pending: 'Pending', active: 'Active' }, // doc: Active
    expires: 'Expires', // doc: Expires
    activate: 'Activate', // doc: Activate
    activating: 'Activating the offer…',
    activationPending:
      'It can take several days to email instructions to your marketing contact and activate the offer. ' +
      "When it's active, its status and expiration date show here.",
    cancelHeading: 'Cancel a membership benefit or offer',
    cancelRule:
      'To cancel a benefit or offer and receive a refund, make the request within 30 days of purchase and before you ' +
      'activate the software benefits. Request the cancellation through a service request.',
    refundUntil: 'A refund is possible until {{date}} if you do not get software keys before then.',
    refundWindowPassed: 'A refund is no longer possible: you purchased on {{date}}, more than 30 days ago.',
    refundSoftwareActivated: 'A refund is no longer possible: the software benefits have been activated.',
    requestCancellation: 'Request a cancellation',
  },
  brands: { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' },
};

/** Every locale's catalog has the same shape as English. */
export type Catalog = typeof enUS;
