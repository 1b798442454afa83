REVOKE reporting FROM app_user;
