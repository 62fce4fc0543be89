curl "https://api.identitycall.ai/api/v1/public/virtual_numbers/7" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
